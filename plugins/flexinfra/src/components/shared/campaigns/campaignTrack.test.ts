import { campaignTrack } from './campaignTrack';

const day = (share: number) => ({
  date: '2027-01-01',
  entities: 4,
  atTarget: share * 4,
  share,
});

describe('campaignTrack', () => {
  const active = { status: 'active' as const };

  it('is done when every entity in scope is at target, archived or not', () => {
    const progress = {
      entities: 4,
      atTarget: 4,
      onTrack: true,
      series: [day(1)],
    };
    expect(campaignTrack(active, progress)).toBe('done');
    expect(campaignTrack({ status: 'archived' }, progress)).toBe('done');
  });

  it('follows the projection once there are two days to judge by', () => {
    const series = [day(0.25), day(0.5)];
    expect(
      campaignTrack(active, {
        entities: 4,
        atTarget: 2,
        onTrack: true,
        series,
      }),
    ).toBe('on track');
    expect(
      campaignTrack(active, {
        entities: 4,
        atTarget: 2,
        onTrack: false,
        series,
      }),
    ).toBe('behind');
  });

  it('has no trend yet on its first day', () => {
    expect(
      campaignTrack(active, {
        entities: 4,
        atTarget: 1,
        onTrack: false,
        series: [day(0.25)],
      }),
    ).toBe('no trend yet');
  });

  it('says an unfinished archived campaign is archived', () => {
    expect(
      campaignTrack(
        { status: 'archived' },
        { entities: 4, atTarget: 1, onTrack: false, series: [] },
      ),
    ).toBe('archived');
  });
});
