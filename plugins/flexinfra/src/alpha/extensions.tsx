import {
  ApiBlueprint,
  PageBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { FlexInfraClient, flexInfraApiRef } from '../api';
import { FlexInfraIcon } from '../components/FlexInfraIcon';
import {
  flexInfraContentPredicate,
  flexInfraRollupPredicate,
  scoredEntityPredicate,
} from '../components/shared/entityFilters';
import { entityContentRouteRef, rootRouteRef } from '../routes';

/** Provides the {@link FlexInfraClient} as `flexInfraApiRef`. */
export const flexInfraApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: flexInfraApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new FlexInfraClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The platform owners' page at `/flexinfra`. Its title and icon put it in
 * the app's sidebar. The page draws its own Backstage header (it is shared
 * with the legacy frontend system), so the app's plugin header is turned off.
 */
export const flexInfraPage = PageBlueprint.make({
  params: {
    path: '/flexinfra',
    routeRef: convertLegacyRouteRef(rootRouteRef),
    title: 'FlexInfra',
    icon: <FlexInfraIcon fontSize="inherit" />,
    noHeader: true,
    loader: () =>
      import('../components/FlexInfraPage').then(m => <m.FlexInfraPage />),
  },
});

/**
 * The entity page's "Flexibility" tab, on the Components and Resources the
 * default model scores (not libraries, documentation and the like) and on
 * Systems (their rollup). The filter can be replaced in configuration.
 */
export const flexInfraEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'flexibility',
    title: 'Flexibility',
    routeRef: convertLegacyRouteRef(entityContentRouteRef),
    filter: flexInfraContentPredicate,
    loader: () =>
      import('../components/EntityFlexInfraContent').then(m => (
        <m.EntityFlexInfraContent />
      )),
  },
});

/**
 * The overview card of a scored Component or Resource: stage, score and the
 * next step, linking to the Flexibility tab.
 *
 * A `content` card, in the overview's main column: the catalog's `info`
 * column is at most one screen high and hides its scrollbar, so below the
 * About and Links cards the end of this card (how many more checks are
 * missing, the link to the tab) was cut off. Set `type: info` in its config
 * to put it in that column anyway.
 */
export const flexInfraEntityCard = EntityCardBlueprint.make({
  params: {
    type: 'content',
    filter: scoredEntityPredicate,
    loader: () =>
      import('../components/EntityFlexInfraCard').then(m => (
        <m.EntityFlexInfraCard />
      )),
  },
});

/** The rollup card of Group, System and Domain pages. */
export const flexInfraEntityRollupCard = EntityCardBlueprint.make({
  name: 'rollup',
  params: {
    filter: flexInfraRollupPredicate,
    loader: () =>
      import('../components/EntityFlexInfraRollupCard').then(m => (
        <m.EntityFlexInfraRollupCard />
      )),
  },
});
