import { MATURITY_STAGES } from '@flexinfra/backstage-plugin-flexinfra-common';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { DashboardStageDistribution } from './DashboardStageDistribution';

const total = {
  entities: 200,
  invalid: 3,
  stages: { '1': 20, '2': 50, '3': 80, '4': 40, '5': 10 },
  averageScore: 51.2,
  averageDoraScore: 2.4,
  atTarget: 50,
  atTargetShare: 0.25,
};

describe('DashboardStageDistribution', () => {
  it('counts the entities at each named stage', async () => {
    await renderInTestApp(
      <DashboardStageDistribution
        total={total}
        modelStages={MATURITY_STAGES}
        targetStage={4}
      />,
    );

    const rows = within(
      screen.getByRole('table', { name: 'Stage distribution' }),
    ).getAllByRole('row');
    expect(rows.slice(1).map(row => row.textContent)).toEqual([
      '1 · Static & Constrained2010%',
      '2 · Standardised but Rigid5025%',
      '3 · Elastic & Programmable8040%',
      '4 · Resilient & Optimised4020%',
      '5 · Adaptive Platform105%',
    ]);
    expect(
      screen.getByText(
        '200 scored entities; the target is stage 4 · Resilient & Optimised',
      ),
    ).toBeInTheDocument();
  });

  it('draws a bar per stage with its count', async () => {
    const { container } = await renderInTestApp(
      <DashboardStageDistribution
        total={total}
        modelStages={MATURITY_STAGES}
        targetStage={4}
      />,
    );

    const svg = container.querySelector('svg.recharts-surface');
    expect(svg).not.toBeNull();
    const labels = [
      ...container.querySelectorAll('.recharts-label-list text'),
    ].map(text => text.textContent);
    expect(labels).toEqual([
      '20 (10%)',
      '50 (25%)',
      '80 (40%)',
      '40 (20%)',
      '10 (5%)',
    ]);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(
      5,
    );
  });
});
