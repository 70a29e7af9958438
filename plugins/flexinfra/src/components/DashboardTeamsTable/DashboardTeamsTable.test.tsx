import { MATURITY_STAGES } from '@flexinfra/backstage-plugin-flexinfra-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SummaryGroup } from '../../api';
import {
  aggregate,
  ownerGroup,
  renderDashboard,
  testOwnerSummary,
} from '../DashboardContent/__testUtils__';
import { DashboardTeamsTable } from './DashboardTeamsTable';

function renderTable(
  groups: readonly SummaryGroup[],
  trendUnavailableReason?: string,
) {
  return renderDashboard(
    <DashboardTeamsTable
      groups={groups}
      modelStages={MATURITY_STAGES}
      trendDays={30}
      trendUnavailableReason={trendUnavailableReason}
    />,
    {},
  );
}

/** The cells of a row, as text. */
function cellTexts(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent);
}

/** The body rows' first cells: the team names. */
function teamNames() {
  return within(screen.getByRole('table', { name: 'Teams' }))
    .getAllByRole('row')
    .slice(1)
    .map(row => cellTexts(row)[0]);
}

// Rendering the table and clicking through it takes a while in a busy run.
jest.setTimeout(20_000);

describe('DashboardTeamsTable', () => {
  it('expands a department into its teams and collapses it again', async () => {
    renderTable(testOwnerSummary.groups);

    // Lowest average score first: marketing (33.3), engineering (61.3).
    expect(
      await screen.findByRole('link', { name: 'engineering' }),
    ).toBeInTheDocument();
    expect(teamNames()).toEqual(['marketing', 'engineering']);
    expect(screen.queryByRole('link', { name: 'payments' })).toBeNull();
    // Marketing has no teams: nothing to expand.
    expect(
      screen.queryByRole('button', { name: 'Expand marketing' }),
    ).toBeNull();

    const expand = screen.getByRole('button', { name: 'Expand engineering' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(expand);

    expect(teamNames()).toEqual([
      'marketing',
      'engineering',
      'payments',
      'search',
    ]);
    expect(screen.getByRole('link', { name: 'payments' })).toHaveAttribute(
      'href',
      '/catalog/default/group/payments',
    );
    const payments = screen.getByRole('row', { name: /payments/ });
    expect(cellTexts(payments)).toEqual([
      'payments',
      '3',
      '',
      '38.2',
      '33.3%',
      '-2.5 pts',
    ]);
    expect(
      within(payments).getByRole('img', { name: /^Stage 1: 0, Stage 2: 2/ }),
    ).toHaveAccessibleName(
      'Stage 1: 0, Stage 2: 2, Stage 3: 1, Stage 4: 0, Stage 5: 0',
    );
    expect(
      within(payments).getByRole('img', { name: /since 2025-02-01/ }),
    ).toHaveAccessibleName('Down 2.5 pts since 2025-02-01');
    // Search has no snapshot to compare with.
    expect(
      within(screen.getByRole('row', { name: /search/ })).getByLabelText(
        /Trend unavailable/,
      ),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Collapse engineering' }),
    );
    expect(teamNames()).toEqual(['marketing', 'engineering']);
  });

  it('opens the only top-level group at once and names groups without an owner', async () => {
    renderTable([
      ownerGroup('group:default/acme', null, aggregate([1, 1, 1, 1, 1])),
      ownerGroup(
        'group:default/platform',
        'group:default/acme',
        aggregate([0, 0, 1, 1, 1], { averageScore: 80 }),
      ),
      ownerGroup(
        'group:default/retail',
        'group:default/acme',
        aggregate([1, 1, 0, 0, 0], { averageScore: 20 }),
      ),
      ownerGroup(null, null, aggregate([2, 0, 0, 0, 0], { averageScore: 10 })),
    ]);

    expect(
      await screen.findByRole('link', { name: 'retail' }),
    ).toBeInTheDocument();
    expect(teamNames()).toEqual(['No owner', 'acme', 'retail', 'platform']);
    expect(
      screen.getByRole('button', { name: 'Collapse acme' }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('sorts by a column and pages through the rows', async () => {
    const groups = Array.from({ length: 12 }, (_, index) =>
      ownerGroup(
        `group:default/team-${String(index + 1).padStart(2, '0')}`,
        null,
        aggregate([1, 0, 0, 0, index], { averageScore: 90 - index }),
      ),
    );
    renderTable(groups);

    expect(
      await screen.findByRole('link', { name: 'team-12' }),
    ).toBeInTheDocument();
    expect(teamNames()).toHaveLength(10);
    expect(teamNames()[0]).toBe('team-12');

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(teamNames()).toEqual(['team-02', 'team-01']);

    await userEvent.click(screen.getByRole('button', { name: 'Team' }));
    expect(teamNames()[0]).toBe('team-01');
    expect(teamNames()).toHaveLength(10);
  });

  it('leaves trends out when they would compare different selections', async () => {
    renderTable(testOwnerSummary.groups, 'Not with these filters');

    expect(
      await screen.findByRole('link', { name: 'engineering' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /engineering/ })).getByLabelText(
        'Trend unavailable: Not with these filters',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/pts/)).toBeNull();
  });
});
