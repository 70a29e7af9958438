import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { FlexInfraClient, flexInfraApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * FlexInfra for the legacy frontend system. For the new frontend system, use
 * the default export of `@flexinfra/backstage-plugin-flexinfra/alpha`.
 *
 * @public
 */
export const flexinfraPlugin = createPlugin({
  id: 'flexinfra',
  apis: [
    createApiFactory({
      api: flexInfraApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new FlexInfraClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The platform owners' page, for the legacy frontend system:
 * `<Route path="/flexinfra" element={<FlexInfraPage />} />`.
 *
 * @public
 */
export const FlexInfraPage = flexinfraPlugin.provide(
  createRoutableExtension({
    name: 'FlexInfraPage',
    component: () =>
      import('./components/FlexInfraPage').then(m => m.FlexInfraPage),
    mountPoint: rootRouteRef,
  }),
);
