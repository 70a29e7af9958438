import { screen, waitFor } from '@testing-library/react';
import {
  fakeFlexInfraApi,
  renderDashboard,
} from '../DashboardContent/__testUtils__';
import { FlexInfraPage } from '../FlexInfraPage/FlexInfraPage';

// usePermission caches answers per permission for the whole test file, so
// the users denied something are tested here, apart from those allowed all.
jest.setTimeout(30_000);
const LOAD = { timeout: 5000 };

describe('Campaigns for users without every campaign permission', () => {
  it('offers New campaign only to users who may create campaigns', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(<FlexInfraPage />, api, {
      initialUrl: '/campaigns',
      deny: ['flexinfra.campaign.create'],
    });
    await screen.findByRole('table', { name: 'Campaigns' }, LOAD);
    // Disabled once the permission is answered, saying why.
    const button = screen.getByRole('button', { name: 'New campaign' });
    await waitFor(() =>
      expect(button).toHaveAttribute('title', 'You may not create campaigns'),
    );
    expect(button).toBeDisabled();
  });

  it('offers Edit and Archive only to users with those permissions', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(<FlexInfraPage />, api, {
      initialUrl: '/campaigns/7',
      deny: ['flexinfra.campaign.update'],
    });
    expect(
      await screen.findByRole('button', { name: 'Archive' }, LOAD),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit' }),
    ).not.toBeInTheDocument();
  });
});
