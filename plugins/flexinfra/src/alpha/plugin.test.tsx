import { convertLegacyRouteRef } from '@backstage/core-compat-api';
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
import type { Entity } from '@backstage/catalog-model';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import flexinfraPlugin from '../alpha';
import { rootRouteRef, scaffolderTemplateRouteRef } from '../routes';
import {
  flexInfraEntityCard,
  flexInfraEntityContent,
  flexInfraEntityRollupCard,
  flexInfraPage,
} from './extensions';

describe('flexinfra plugin (new frontend system)', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('is the flexinfra plugin with its page and API', () => {
    expect(flexinfraPlugin.id).toBe('flexinfra');
    expect(flexinfraPlugin.routes.root).toBe(
      convertLegacyRouteRef(rootRouteRef),
    );
    expect(flexinfraPlugin.getExtension('page:flexinfra')).toMatchObject({
      kind: 'page',
      namespace: 'flexinfra',
    });
    expect(flexinfraPlugin.getExtension('api:flexinfra')).toMatchObject({
      kind: 'api',
      namespace: 'flexinfra',
    });
    expect(
      flexinfraPlugin.getExtension('entity-content:flexinfra'),
    ).toMatchObject({ kind: 'entity-content' });
    expect(flexinfraPlugin.getExtension('entity-card:flexinfra')).toMatchObject(
      { kind: 'entity-card' },
    );
    expect(
      flexinfraPlugin.getExtension('entity-card:flexinfra/rollup'),
    ).toMatchObject({ kind: 'entity-card', name: 'rollup' });
  });

  it("links Fix buttons to the scaffolder's template page by default", () => {
    expect(flexinfraPlugin.externalRoutes.scaffolderTemplate).toBe(
      scaffolderTemplateRouteRef,
    );
    expect(scaffolderTemplateRouteRef).toMatchObject({
      optional: true,
      defaultTarget: 'scaffolder.selectedTemplate',
    });
  });

  it('mounts the page at /flexinfra with a title and icon for the sidebar', () => {
    const tester = createExtensionTester(flexInfraPage);

    expect(tester.get(coreExtensionData.routePath)).toBe('/flexinfra');
    expect(tester.get(coreExtensionData.routeRef)).toBe(
      convertLegacyRouteRef(rootRouteRef) as RouteRef,
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
        return HttpResponse.json({
          lastRun: null,
          lastSuccessfulRun: null,
          results: { scored: 0, invalid: 0 },
          modelVersion: 'abc123def456',
        });
      }),
    );

    renderTestApp({
      features: [flexinfraPlugin],
      initialRouteEntries: ['/flexinfra'],
    });

    expect(
      // The page is loaded lazily, which can take a while in a cold test run.
      await screen.findByRole(
        'heading',
        { name: 'FlexInfra', level: 1 },
        { timeout: 10_000 },
      ),
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
  }, 20_000);

  describe('entity page extensions', () => {
    function entity(kind: string, type?: string): Entity {
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind,
        metadata: { name: 'x' },
        spec: type ? { type } : {},
      };
    }
    const service = entity('Component', 'service');
    const library = entity('Component', 'library');
    const documentation = entity('Component', 'documentation');
    const database = entity('Resource', 'database');
    const system = entity('System');
    const group = entity('Group', 'team');
    const domain = entity('Domain');
    const api = entity('API', 'openapi');

    it('adds a Flexibility tab to scored Components and Resources, and to Systems', () => {
      const tester = createExtensionTester(flexInfraEntityContent);
      expect(tester.get(coreExtensionData.routePath)).toBe('flexibility');
      expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
        'Flexibility',
      );
      const filter = tester.get(
        EntityContentBlueprint.dataRefs.filterFunction,
      )!;
      expect(
        [service, database, system, library, documentation, group, api].map(
          filter,
        ),
      ).toEqual([true, true, true, false, false, false, false]);
    });

    it('adds the overview card to scored Components and Resources only', () => {
      const filter = createExtensionTester(flexInfraEntityCard).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      )!;
      expect([service, database, system, library, group].map(filter)).toEqual([
        true,
        true,
        false,
        false,
        false,
      ]);
    });

    it("puts the overview card in the overview's main column, where it is not cut off at one screen's height", () => {
      expect(
        createExtensionTester(flexInfraEntityCard).get(
          EntityCardBlueprint.dataRefs.type,
        ),
      ).toBe('content');
    });

    it('adds the rollup card to Groups, Systems and Domains', () => {
      const filter = createExtensionTester(flexInfraEntityRollupCard).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      )!;
      expect(
        [group, system, domain, service, database, api].map(filter),
      ).toEqual([true, true, true, false, false, false]);
    });
  });
});
