import { screen, within } from '@testing-library/react';
import {
  aggregate,
  renderDashboard,
  testOwnerSummary,
} from '../DashboardContent/__testUtils__';
import { DashboardHeadlineNumbers } from './DashboardHeadlineNumbers';
import { overallTrend } from './overallTrend';

describe('DashboardHeadlineNumbers', () => {
  it('shows entities scored, average score, share at target with trends, and invalid', async () => {
    renderDashboard(
      <DashboardHeadlineNumbers
        total={aggregate([1, 3, 4, 2, 1], { invalid: 2, averageScore: 54.5 })}
        targetStage={3}
        trendDays={30}
        trend={{
          since: '2025-02-01',
          averageScoreDelta: 4.51,
          atTargetShareDelta: -3.04,
        }}
      />,
      {},
    );

    const tile = (name: string) => screen.getByRole('group', { name });
    expect(
      await screen.findByRole('group', { name: 'Entities scored' }),
    ).toHaveTextContent(/^Entities scored11/);
    expect(tile('Average score')).toHaveTextContent(
      /^Average score54\.5\+4\.5 pts/,
    );
    expect(
      within(tile('Average score')).getByRole('img', { name: /Up 4.5 pts/ }),
    ).toHaveAccessibleName('Up 4.5 pts since 2025-02-01 (30 days back)');
    expect(tile('At target stage')).toHaveTextContent(
      /^At target stage63\.6%-3 pts7 at stage 3 or above$/,
    );
    expect(
      within(tile('At target stage')).getByRole('img', { name: /Down/ }),
    ).toHaveAccessibleName('Down 3 pts since 2025-02-01 (30 days back)');
    expect(tile('Invalid')).toHaveTextContent(/^Invalid2/);
  });

  it('says why there is no trend', async () => {
    renderDashboard(
      <DashboardHeadlineNumbers
        total={aggregate([1, 0, 0, 0, 0])}
        targetStage={3}
        trendDays={30}
        trend={{
          since: '2025-02-01',
          averageScoreDelta: 1,
          atTargetShareDelta: 1,
        }}
        trendUnavailableReason="Not with these filters"
      />,
      {},
    );

    expect(
      await screen.findAllByLabelText(
        'Trend unavailable: Not with these filters',
      ),
    ).toHaveLength(2);
    expect(screen.queryByText(/pts/)).toBeNull();
  });
});

describe('overallTrend', () => {
  it('weights the change of each top-level group by its entities', () => {
    // engineering: 8 entities, 55.1 → 61.3, 50% → 75%;
    // marketing: 3 entities, 33.3 → 33.3, 20% → 33.3%. Teams are inside
    // engineering and do not count twice.
    const trend = overallTrend(testOwnerSummary.groups);
    expect(trend?.since).toBe('2025-02-01');
    expect(trend?.averageScoreDelta).toBeCloseTo((8 * 6.2 + 3 * 0) / 11, 5);
    expect(trend?.atTargetShareDelta).toBeCloseTo(
      (8 * 25 + 3 * (33.3 - 20)) / 11,
      5,
    );
  });

  it('is null without snapshots', () => {
    expect(
      overallTrend(
        testOwnerSummary.groups.map(group => ({ ...group, trend: null })),
      ),
    ).toBeNull();
  });
});
