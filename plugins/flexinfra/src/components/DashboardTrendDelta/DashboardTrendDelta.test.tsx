import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { DashboardTrendDelta } from './DashboardTrendDelta';

describe('DashboardTrendDelta', () => {
  it.each([
    [3.26, '+3.3 pts', 'Up 3.3 pts since 2025-02-01'],
    [-1.04, '-1 pts', 'Down 1 pts since 2025-02-01'],
    [0.01, '0 pts', 'Unchanged 0 pts since 2025-02-01'],
  ])('shows a change of %p as %p', async (delta, text, label) => {
    renderInTestApp(
      <DashboardTrendDelta delta={delta} comparedWith="2025-02-01" />,
    );
    expect(await screen.findByRole('img', { name: label })).toHaveTextContent(
      text,
    );
  });

  it('shows a dash and why when there is no trend', async () => {
    renderInTestApp(
      <DashboardTrendDelta delta={null} unavailableReason="No snapshot yet" />,
    );
    expect(
      await screen.findByLabelText('Trend unavailable: No snapshot yet'),
    ).toHaveTextContent('—');
  });
});
