import { alertApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import {
  type MockAlertApi,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import {
  catalogApiRef,
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { useLocation } from 'react-router-dom';
import { type FlexInfraApi, flexInfraApiRef } from '../../../api';

/** Shows the current query string, so tests can read the URL. */
const LocationProbe = () => (
  <output data-testid="location-search">{useLocation().search}</output>
);

/** Options of {@link renderDashboard}. */
export interface RenderDashboardOptions {
  /** A fetch function for the fetch API. */
  fetch?: typeof fetch;
  /** The URL to start at, e.g. `/flexinfra?kind=component`. */
  initialUrl?: string;
  /** Permissions the user is denied, by name; every other one is allowed. */
  deny?: string[];
  /**
   * A catalog holding these entities, with Backstage's entity presentation
   * over it, so entity links show their entities' titles.
   */
  catalog?: Entity[];
}

/** What {@link renderDashboard} returns. */
export type RenderDashboardResult = RenderResult & {
  /** The alert API the element posts to. */
  alertApi: MockAlertApi;
  /** The fetch API the element fetches with. */
  fetchApi: { fetch: typeof fetch };
};

/**
 * Renders a dashboard element in a test app with this FlexInfra API, a mock
 * alert API (returned, to read the alerts), a fetch API, a permission API
 * allowing all but `deny`, the catalog's entity route (for entity links) and,
 * with `catalog`, a catalog and the entity presentation over it.
 */
export function renderDashboard(
  element: ReactElement,
  api: Partial<FlexInfraApi>,
  options: RenderDashboardOptions = {},
): RenderDashboardResult {
  const alertApi = mockApis.alert();
  const fetchApi = {
    fetch: options.fetch ?? jest.fn(async () => new Response('')),
  };
  const catalogApi = options.catalog
    ? catalogApiMock({ entities: options.catalog })
    : undefined;
  const result = renderInTestApp(
    <>
      {element}
      <LocationProbe />
    </>,
    {
      apis: [
        [flexInfraApiRef, api as FlexInfraApi],
        [alertApiRef, alertApi],
        [fetchApiRef, fetchApi],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: request =>
              options.deny?.includes(request.permission.name)
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          }),
        ],
        ...(catalogApi
          ? ([
              [catalogApiRef, catalogApi],
              [
                entityPresentationApiRef,
                DefaultEntityPresentationApi.create({ catalogApi }),
              ],
            ] as const)
          : []),
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: options.initialUrl
        ? [options.initialUrl]
        : undefined,
    },
  );
  return { ...result, alertApi, fetchApi };
}

/** The current query string of the test app's URL, as parameters. */
export function currentSearchParams(container: {
  getByTestId: (id: string) => HTMLElement;
}): URLSearchParams {
  return new URLSearchParams(
    container.getByTestId('location-search').textContent ?? '',
  );
}
