import {
  coreExtensionData,
  type RouteRef,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  registerMswTestHooks,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  DIMENSIONS,
  DORA_LEVELS,
  MATURITY_STAGES,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import flexinfraPlugin from '../alpha';
import { flexInfraPage } from './extensions';
import { rootRouteRef } from './routes';

describe('flexinfra plugin (new frontend system)', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('is the flexinfra plugin with its page and API', () => {
    expect(flexinfraPlugin.id).toBe('flexinfra');
    expect(flexinfraPlugin.routes.root).toBe(rootRouteRef);
    expect(flexinfraPlugin.getExtension('page:flexinfra')).toMatchObject({
      kind: 'page',
      namespace: 'flexinfra',
    });
    expect(flexinfraPlugin.getExtension('api:flexinfra')).toMatchObject({
      kind: 'api',
      namespace: 'flexinfra',
    });
  });

  it('mounts the page at /flexinfra with a title and icon for the sidebar', () => {
    const tester = createExtensionTester(flexInfraPage);

    expect(tester.get(coreExtensionData.routePath)).toBe('/flexinfra');
    expect(tester.get(coreExtensionData.routeRef)).toBe(
      rootRouteRef as RouteRef,
    );
    expect(tester.get(coreExtensionData.title)).toBe('FlexInfra');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('serves the page at /flexinfra, links it in the sidebar and calls the backend', async () => {
    const requests: string[] = [];
    server.use(
      http.get('http://localhost:7007/api/flexinfra/model', ({ request }) => {
        requests.push(request.url);
        return HttpResponse.json({
          stages: MATURITY_STAGES,
          dimensions: DIMENSIONS,
          doraLevels: DORA_LEVELS,
        });
      }),
      http.get('http://localhost:7007/api/flexinfra/status', ({ request }) => {
        requests.push(request.url);
        return HttpResponse.json({ lastRun: null });
      }),
    );

    renderTestApp({
      features: [flexinfraPlugin],
      initialRouteEntries: ['/flexinfra'],
    });

    expect(
      await screen.findByRole('heading', { name: 'FlexInfra', level: 1 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Elastic & Programmable'),
    ).toBeInTheDocument();
    expect(screen.getByText('No refresh has run yet')).toBeInTheDocument();
    expect(requests.sort()).toEqual([
      'http://localhost:7007/api/flexinfra/model',
      'http://localhost:7007/api/flexinfra/status',
    ]);

    const sidebar = screen.getByRole('navigation');
    expect(
      within(sidebar).getByRole('link', { name: /FlexInfra/ }),
    ).toHaveAttribute('href', '/flexinfra');
  });
});
