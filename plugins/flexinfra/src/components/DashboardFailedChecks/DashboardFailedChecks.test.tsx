import { MATURITY_STAGES } from '@flexinfra/backstage-plugin-flexinfra-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  checkEntitiesPage,
  fakeFlexInfraApi,
  renderDashboard,
  testCheckStatistics,
} from '../DashboardContent/__testUtils__';
import { DashboardFailedChecks } from './DashboardFailedChecks';

const filters = { kind: ['component'] };

// Rendering the dialog and paging through it takes a while in a busy run.
jest.setTimeout(20_000);

describe('DashboardFailedChecks', () => {
  it('lists the checks, most failed first, with their counts and fail share', async () => {
    renderDashboard(
      <DashboardFailedChecks
        checks={testCheckStatistics}
        filters={filters}
        modelStages={MATURITY_STAGES}
      />,
      fakeFlexInfraApi(),
    );

    const table = await screen.findByRole('table', {
      name: 'Most failed checks',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(row =>
          within(row)
            .getAllByRole('cell')
            .slice(0, 5)
            .map(cell => cell.textContent),
        ),
    ).toEqual([
      ['Source is linkedsource-linked', '6', '3', '1', '60%'],
      ['Belongs to a systempart-of-system', '2', '8', '0', '20%'],
      ['Has an ownerowned', '0', '10', '0', '0%'],
    ]);
    // Nothing to drill into without failures.
    expect(
      screen.getByRole('button', { name: 'Entities failing Has an owner' }),
    ).toBeDisabled();
  });

  it('drills down to the failing entities, following the cursors', async () => {
    const api = fakeFlexInfraApi();
    api.getCheckEntities
      .mockResolvedValueOnce(
        checkEntitiesPage('source-linked', ['a-api', 'b-api'], 'cursor-1'),
      )
      .mockResolvedValueOnce(
        checkEntitiesPage('source-linked', ['c-api'], 'cursor-2'),
      )
      .mockResolvedValueOnce(
        checkEntitiesPage('source-linked', ['d-api'], null),
      );
    renderDashboard(
      <DashboardFailedChecks
        checks={testCheckStatistics}
        filters={filters}
        modelStages={MATURITY_STAGES}
      />,
      api,
    );

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Entities failing Source is linked',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Failing: Source is linked',
    });
    const entityNames = () =>
      within(dialog)
        .getAllByRole('row')
        .slice(1)
        .map(row => within(row).getAllByRole('cell')[0].textContent);

    expect(
      await within(dialog).findByRole('link', { name: 'a-api' }),
    ).toHaveAttribute('href', '/catalog/default/component/a-api');
    expect(entityNames()).toEqual(['a-api', 'b-api']);
    const firstRow = within(dialog).getAllByRole('row')[1];
    expect(
      within(firstRow)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['a-api', 'payments', '2 · Standardised but Rigid', '30.0']);

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Load more' }),
    );
    expect(
      await within(dialog).findByRole('link', { name: 'c-api' }),
    ).toBeInTheDocument();
    expect(entityNames()).toEqual(['a-api', 'b-api', 'c-api']);

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Load more' }),
    );
    expect(
      await within(dialog).findByRole('link', { name: 'd-api' }),
    ).toBeInTheDocument();
    expect(entityNames()).toEqual(['a-api', 'b-api', 'c-api', 'd-api']);
    // The last page: nothing more to load.
    expect(
      within(dialog).queryByRole('button', { name: 'Load more' }),
    ).toBeNull();

    expect(api.getCheckEntities.mock.calls.map(([options]) => options)).toEqual(
      [
        {
          checkId: 'source-linked',
          status: 'fail',
          filters,
          limit: 25,
          cursor: undefined,
        },
        {
          checkId: 'source-linked',
          status: 'fail',
          filters,
          limit: 25,
          cursor: 'cursor-1',
        },
        {
          checkId: 'source-linked',
          status: 'fail',
          filters,
          limit: 25,
          cursor: 'cursor-2',
        },
      ],
    );
  });
});
