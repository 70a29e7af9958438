import { render } from '@testing-library/react';
import {
  StageDistributionChart,
  stageDistribution,
} from './StageDistributionChart';

jest.mock('recharts', () =>
  jest
    .requireActual('../shared/__testUtils__/fixedSizeCharts')
    .fixedSizeRecharts(),
);

describe('StageDistributionChart', () => {
  const stages = { '1': 2, '2': 4, '3': 3, '4': 1, '5': 0 };

  it('has a bar per stage, in ladder order', () => {
    expect(stageDistribution(stages)).toEqual([
      { stage: 'Stage 1', name: 'Static & Constrained', count: 2 },
      { stage: 'Stage 2', name: 'Standardised but Rigid', count: 4 },
      { stage: 'Stage 3', name: 'Elastic & Programmable', count: 3 },
      { stage: 'Stage 4', name: 'Resilient & Optimised', count: 1 },
      { stage: 'Stage 5', name: 'Adaptive Platform', count: 0 },
    ]);
  });

  it('draws the bars with their counts on top', () => {
    const { container } = render(<StageDistributionChart stages={stages} />);

    const texts = (selector: string) =>
      [...container.querySelectorAll(selector)].map(t => t.textContent);
    expect(
      texts('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ).toEqual(['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4', 'Stage 5']);
    // Empty stages have no bar.
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(
      4,
    );
    expect(texts('.recharts-label-list text')).toEqual(['2', '4', '3', '1']);
  });
});
