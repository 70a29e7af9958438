import type {
  Campaign,
  CampaignProgress,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import {
  buildCampaignNotifications,
  plannedShare,
} from './buildCampaignNotifications';

const campaign: Campaign = {
  id: 'c-1',
  title: 'Everything on IaC',
  description: '',
  owner: 'group:default/platform',
  scope: { type: 'group', ref: 'group:default/payments' },
  target: { stage: 3 },
  startDate: '2027-01-01',
  dueDate: '2027-03-31',
  milestones: [
    { date: '2027-01-31', share: 0.25 },
    { date: '2027-02-28', share: 0.5 },
  ],
  status: 'active',
  createdBy: 'user:default/pat',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};

function progress(overrides: Partial<CampaignProgress>): CampaignProgress {
  return {
    campaignId: 'c-1',
    asOf: '2027-02-10',
    entities: 8,
    atTarget: 3,
    share: 0.375,
    series: [],
    milestones: [
      { date: '2027-01-31', share: 0.25, actualShare: 0.25, status: 'reached' },
      { date: '2027-02-28', share: 0.5, actualShare: null, status: 'upcoming' },
    ],
    teams: [
      {
        ownerRef: 'group:default/team-a',
        entities: 4,
        atTarget: 1,
        share: 0.25,
      },
      {
        ownerRef: 'group:default/team-b',
        entities: 4,
        atTarget: 2,
        share: 0.5,
      },
    ],
    shortfall: [],
    shortfallTotal: 5,
    projectedCompletion: '2027-03-20',
    onTrack: true,
    ...overrides,
  };
}

const build = (today: string, p: CampaignProgress, c: Campaign = campaign) =>
  buildCampaignNotifications({
    campaign: c,
    progress: p,
    today,
    dueWithinDays: 14,
    remindEveryDays: 7,
  });

describe('buildCampaignNotifications', () => {
  it('tells the owner of a milestone reached, keyed by the milestone', () => {
    expect(build('2027-02-10', progress({}))).toEqual([
      {
        cause: 'campaign-milestone',
        subject: 'c-1',
        keys: ['2027-01-31@0.25'],
        recipients: ['group:default/platform'],
        payload: {
          title:
            'Campaign “Everything on IaC” reached its milestone of 25% by 2027-01-31',
          description:
            '3 of 8 entities (38%) are at stage 3 or higher. Next milestone: 50% by 2027-02-28.',
          link: '/flexinfra/campaigns/c-1',
          severity: 'normal',
          topic: 'flexinfra.campaign',
          scope: 'flexinfra:campaign-milestone:c-1',
        },
      },
    ]);
  });

  it('counts a milestone reached early, and names the latest of several', () => {
    const [notification] = build(
      '2027-02-10',
      progress({ atTarget: 5, share: 0.625 }),
    );
    expect(notification.keys).toEqual(['2027-01-31@0.25', '2027-02-28@0.5']);
    expect(notification.payload.title).toContain('50% by 2027-02-28');
    expect(notification.payload.description).toContain('Due 2027-03-31.');
  });

  it('says nothing of milestones missed or ahead', () => {
    expect(
      build(
        '2027-02-10',
        progress({
          milestones: [
            {
              date: '2027-01-31',
              share: 0.25,
              actualShare: 0.1,
              status: 'missed',
            },
            {
              date: '2027-02-28',
              share: 0.5,
              actualShare: null,
              status: 'upcoming',
            },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('tells the owner and the teams behind the plan when due soon and off track', () => {
    const behind = progress({
      milestones: [],
      projectedCompletion: null,
      onTrack: false,
    });
    // 2027-03-21: 10 days left; the plan is 50% + 21/31 of the way to 100%.
    const [notification] = build('2027-03-21', behind);
    expect(notification).toEqual({
      cause: 'campaign-behind',
      subject: 'c-1',
      keys: ['2027-03-31:2'],
      recipients: [
        'group:default/platform',
        'group:default/team-a',
        'group:default/team-b',
      ],
      payload: {
        title: 'Campaign “Everything on IaC” is due in 10 days and behind',
        description:
          '3 of 8 entities (38%) are at stage 3 or higher. The plan was 84% by today; ' +
          'it is not progressing, due 2027-03-31. Teams behind: ' +
          'group:default/team-a (1 of 4, 25%), group:default/team-b (2 of 4, 50%).',
        link: '/flexinfra/campaigns/c-1',
        severity: 'high',
        topic: 'flexinfra.campaign',
        scope: 'flexinfra:campaign-behind:c-1',
      },
    });
  });

  it('reminds at most once per period counted back from the due date', () => {
    const behind = progress({ milestones: [], onTrack: false });
    const keyOn = (day: string) =>
      build(day, behind).find(n => n.cause === 'campaign-behind')?.keys;
    expect(keyOn('2027-03-16')).toBeUndefined(); // 15 days left
    expect(keyOn('2027-03-17')).toEqual(['2027-03-31:2']); // 14
    expect(keyOn('2027-03-23')).toEqual(['2027-03-31:2']); // 8
    expect(keyOn('2027-03-24')).toEqual(['2027-03-31:1']); // 7
    expect(keyOn('2027-03-30')).toEqual(['2027-03-31:1']); // 1
    expect(keyOn('2027-03-31')).toEqual(['2027-03-31:0']); // due today
    expect(keyOn('2027-04-01')).toBeUndefined(); // overdue
  });

  it('says nothing when on track, done, archived or empty', () => {
    const day = '2027-03-21';
    const none = (p: CampaignProgress, c?: Campaign) =>
      build(day, { ...p, milestones: [] }, c);
    expect(none(progress({ onTrack: true }))).toEqual([]);
    expect(none(progress({ share: 1, atTarget: 8, onTrack: true }))).toEqual(
      [],
    );
    expect(
      none(progress({ onTrack: false }), { ...campaign, status: 'archived' }),
    ).toEqual([]);
    expect(
      none(progress({ onTrack: false, entities: 0, share: null, teams: [] })),
    ).toEqual([]);
  });
});

describe('plannedShare', () => {
  it('runs from 0 at the start through each milestone to 1 when due', () => {
    expect(plannedShare(campaign, '2026-12-01')).toBe(0);
    expect(plannedShare(campaign, '2027-01-01')).toBe(0);
    expect(plannedShare(campaign, '2027-01-31')).toBe(0.25);
    expect(plannedShare(campaign, '2027-02-14')).toBeCloseTo(0.375);
    expect(plannedShare(campaign, '2027-03-31')).toBe(1);
    expect(plannedShare(campaign, '2027-05-01')).toBe(1);
  });
});
