import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { FlexInfraClient, flexInfraApiRef } from './api';
import {
  entityContentRouteRef,
  rootRouteRef,
  scaffolderTemplateRouteRef,
} from './routes';

/**
 * FlexInfra for the legacy frontend system. For the new frontend system, use
 * the default export of `@flexinfra/backstage-plugin-flexinfra/alpha`.
 *
 * Bind `scaffolderTemplate` to the scaffolder's template page, so that "Fix
 * with template" buttons find it:
 * `bind(flexinfraPlugin.externalRoutes, { scaffolderTemplate: scaffolderPlugin.routes.selectedTemplate })`.
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
    entityContent: entityContentRouteRef,
  },
  externalRoutes: {
    scaffolderTemplate: scaffolderTemplateRouteRef,
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

/**
 * The entity page's "Flexibility" tab: the scorecard of a Component or
 * Resource, the rollup of a System.
 * `<EntityLayout.Route path="/flexibility" title="Flexibility" if={isFlexInfraAvailable}>`.
 *
 * @public
 */
export const EntityFlexInfraContent = flexinfraPlugin.provide(
  createRoutableExtension({
    name: 'EntityFlexInfraContent',
    component: () =>
      import('./components/EntityFlexInfraContent').then(
        m => m.EntityFlexInfraContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);

/**
 * An entity overview card: stage, score and the next step to the next
 * stage, linking to the Flexibility tab. For Components and Resources.
 *
 * @public
 */
export const EntityFlexInfraCard = flexinfraPlugin.provide(
  createComponentExtension({
    name: 'EntityFlexInfraCard',
    component: {
      lazy: () =>
        import('./components/EntityFlexInfraCard').then(
          m => m.EntityFlexInfraCard,
        ),
    },
  }),
);

/**
 * A card for Group, System and Domain pages: how flexible everything they
 * own or contain is.
 *
 * @public
 */
export const EntityFlexInfraRollupCard = flexinfraPlugin.provide(
  createComponentExtension({
    name: 'EntityFlexInfraRollupCard',
    component: {
      lazy: () =>
        import('./components/EntityFlexInfraRollupCard').then(
          m => m.EntityFlexInfraRollupCard,
        ),
    },
  }),
);
