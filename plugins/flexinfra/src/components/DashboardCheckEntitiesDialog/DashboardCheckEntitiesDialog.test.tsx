import { MATURITY_STAGES } from '@flexinfra/backstage-plugin-flexinfra-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  checkEntitiesPage,
  fakeFlexInfraApi,
  renderDashboard,
  testCheckStatistics,
} from '../DashboardContent/__testUtils__';
import { DashboardCheckEntitiesDialog } from './DashboardCheckEntitiesDialog';

const [check] = testCheckStatistics;

describe('DashboardCheckEntitiesDialog', () => {
  it('shows a failed page with a Retry button that asks for it again', async () => {
    const api = fakeFlexInfraApi();
    api.getCheckEntities
      .mockResolvedValueOnce(
        checkEntitiesPage(check.checkId, ['a-api'], 'cursor-1'),
      )
      .mockRejectedValueOnce(new Error('backend unavailable'))
      .mockResolvedValueOnce(checkEntitiesPage(check.checkId, ['b-api'], null));
    const onClose = jest.fn();
    renderDashboard(
      <DashboardCheckEntitiesDialog
        check={check}
        filters={{}}
        modelStages={MATURITY_STAGES}
        onClose={onClose}
      />,
      api,
    );

    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('link', { name: 'a-api' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Load more' }),
    );

    expect(
      await within(dialog).findByText('backend unavailable'),
    ).toBeInTheDocument();
    expect(
      within(dialog).queryByRole('button', { name: 'Load more' }),
    ).toBeNull();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Retry' }),
    );

    expect(
      await within(dialog).findByRole('link', { name: 'b-api' }),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('backend unavailable')).toBeNull();
    expect(api.getCheckEntities).toHaveBeenCalledTimes(3);
    expect(api.getCheckEntities.mock.calls[2][0].cursor).toBe('cursor-1');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('says so when no entity the user may read fails the check', async () => {
    const api = fakeFlexInfraApi();
    api.getCheckEntities.mockResolvedValue(
      checkEntitiesPage(check.checkId, [], null),
    );
    renderDashboard(
      <DashboardCheckEntitiesDialog
        check={check}
        filters={{}}
        modelStages={MATURITY_STAGES}
        onClose={() => {}}
      />,
      api,
    );

    expect(
      await screen.findByText('No entity you may read fails this check.'),
    ).toBeInTheDocument();
  });

  it('loads nothing while closed', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(
      <DashboardCheckEntitiesDialog
        filters={{}}
        modelStages={MATURITY_STAGES}
        onClose={() => {}}
      />,
      api,
    );
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.getCheckEntities).not.toHaveBeenCalled();
  });
});
