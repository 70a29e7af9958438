import { renderTestApp } from '@backstage/frontend-test-utils';
import { notificationsApiRef } from '@backstage/plugin-notifications';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import flexinfraPlugin from '@flexinfra/backstage-plugin-flexinfra/alpha';
import { screen, within } from '@testing-library/react';
import { navModule } from '.';

describe('Sidebar', () => {
  it('links to the FlexInfra page', async () => {
    renderTestApp({
      // The sidebar always renders NotificationsSidebarItem, which needs the
      // notifications plugin's route and API.
      features: [navModule, notificationsPlugin, flexinfraPlugin],
      apis: [
        [
          notificationsApiRef,
          { getStatus: async () => ({ unread: 0, read: 0 }) },
        ],
      ],
      initialRouteEntries: ['/'],
    });

    const sidebar = await screen.findByRole('navigation');
    expect(
      await within(sidebar).findByRole('link', { name: /FlexInfra/ }),
    ).toHaveAttribute('href', '/flexinfra');
  });
});
