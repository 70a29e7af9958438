import { dayTime, progressChartData } from './progressChartData';

const campaign = { startDate: '2027-01-01', dueDate: '2027-01-11' };

describe('progressChartData', () => {
  it('draws the trajectory from the first share to 100 % on the due date, beyond the days measured', () => {
    const data = progressChartData(campaign, {
      series: [
        { date: '2027-01-01', entities: 10, atTarget: 2, share: 0.2 },
        { date: '2027-01-02', entities: 10, atTarget: 3, share: 0.3 },
        { date: '2027-01-06', entities: 10, atTarget: 4, share: 0.4 },
      ],
      milestones: [
        {
          date: '2027-01-06',
          share: 0.5,
          actualShare: 0.4,
          status: 'missed',
        },
      ],
    });

    expect(data.points).toEqual([
      { time: dayTime('2027-01-01'), share: 20, trajectory: 20 },
      { time: dayTime('2027-01-02'), share: 30, trajectory: 28 },
      { time: dayTime('2027-01-06'), share: 40, trajectory: 60 },
      { time: dayTime('2027-01-11'), trajectory: 100 },
    ]);
    expect(data.trajectoryToday).toBe(60);
    expect(data.milestones).toEqual([
      {
        time: dayTime('2027-01-06'),
        share: 50,
        status: 'missed',
        label: '50 % by 2027-01-06',
      },
    ]);
    expect(data.domain).toEqual([dayTime('2027-01-01'), dayTime('2027-01-11')]);
    expect(data.due).toBe(dayTime('2027-01-11'));
  });

  it('runs past the due date when the campaign is late, without a trajectory there', () => {
    const data = progressChartData(campaign, {
      series: [
        { date: '2027-01-01', entities: 4, atTarget: 0, share: 0 },
        { date: '2027-01-11', entities: 4, atTarget: 2, share: 0.5 },
        { date: '2027-01-13', entities: 4, atTarget: 3, share: 0.75 },
      ],
      milestones: [],
    });

    expect(data.points.map(p => [p.share, p.trajectory])).toEqual([
      [0, 0],
      [50, 100],
      [75, undefined],
    ]);
    expect(data.domain).toEqual([dayTime('2027-01-01'), dayTime('2027-01-13')]);
    expect(data.trajectoryToday).toBeNull();
  });

  it('starts the trajectory at 0 % when nothing is measured yet', () => {
    const data = progressChartData(campaign, { series: [], milestones: [] });
    expect(data.points).toEqual([
      { time: dayTime('2027-01-01'), trajectory: 0 },
      { time: dayTime('2027-01-11'), trajectory: 100 },
    ]);
    expect(data.trajectoryToday).toBeNull();
  });
});
