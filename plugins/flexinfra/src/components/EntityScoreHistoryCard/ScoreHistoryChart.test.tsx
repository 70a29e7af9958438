import { render, screen } from '@testing-library/react';
import { adoptionRun } from '../shared/__testUtils__/fixtures';
import { ScoreHistoryChart } from './ScoreHistoryChart';

jest.mock('recharts', () =>
  jest
    .requireActual('../shared/__testUtils__/fixedSizeCharts')
    .fixedSizeRecharts(),
);

describe('ScoreHistoryChart', () => {
  const points = [
    { time: Date.parse('2025-01-01T00:00:00Z'), score: 20, stage: 1 },
    { time: Date.parse('2025-02-01T00:00:00Z'), score: null, stage: null },
    { time: Date.parse('2025-03-01T00:00:00Z'), score: 60, stage: 2 },
  ];

  it('draws the score as a line over dated ticks on a 0–100 axis', () => {
    const { container } = render(<ScoreHistoryChart points={points} />);

    expect(container.querySelector('.recharts-line-curve')).not.toBeNull();
    const ticks = (axis: string) =>
      [
        ...container.querySelectorAll(
          `.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`,
        ),
      ].map(t => t.textContent);
    expect(ticks('yAxis')).toEqual(['0', '25', '50', '75', '100']);
    expect(ticks('xAxis')).toContain(
      new Date('2025-01-01T00:00:00Z').toLocaleDateString(),
    );
  });

  it('describes the trend from the first to the last score', () => {
    render(<ScoreHistoryChart points={points} />);

    expect(
      screen.getByRole('figure', {
        name: `Score history from ${new Date(
          points[0].time,
        ).toLocaleDateString()} (20) to ${new Date(
          points[2].time,
        ).toLocaleDateString()} (60)`,
      }),
    ).toBeInTheDocument();
  });

  it('marks each template run with its template', () => {
    const { container } = render(
      <ScoreHistoryChart
        points={points}
        runs={[
          adoptionRun({
            createdAt: '2025-02-15T00:00:00.000Z',
            status: 'completed',
            outcome: 'fixed',
          }),
        ]}
      />,
    );

    expect(
      container.querySelectorAll('.recharts-reference-line-line'),
    ).toHaveLength(1);
    expect(screen.getByText('flexinfra-adopt-iac')).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: /, with 1 template run marked$/ }),
    ).toBeInTheDocument();
  });

  it('draws the last score on to a template run marked after it', () => {
    const { container } = render(
      <ScoreHistoryChart
        points={[points[0]]}
        runs={[
          adoptionRun({
            createdAt: '2025-02-15T00:00:00.000Z',
            status: 'failed',
            outcome: 'failed',
          }),
        ]}
      />,
    );

    // Two dots at the same height: the score, and where it stood at the run.
    const dots = [...container.querySelectorAll('.recharts-line-dot')];
    expect(dots).toHaveLength(2);
    expect(dots[0].getAttribute('cy')).toBe(dots[1].getAttribute('cy'));
    expect(Number(dots[1].getAttribute('cx'))).toBeGreaterThan(
      Number(dots[0].getAttribute('cx')),
    );
    // The description still runs from the first to the last score recorded.
    expect(
      screen.getByRole('figure', {
        name: `Score history from ${new Date(
          points[0].time,
        ).toLocaleDateString()} (20) to ${new Date(
          points[0].time,
        ).toLocaleDateString()} (20), with 1 template run marked`,
      }),
    ).toBeInTheDocument();
  });
});
