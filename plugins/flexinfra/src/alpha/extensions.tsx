import {
  ApiBlueprint,
  PageBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { FlexInfraClient, flexInfraApiRef } from '../api';
import { FlexInfraIcon } from '../components/FlexInfraIcon';
import { rootRouteRef } from './routes';

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
    routeRef: rootRouteRef,
    title: 'FlexInfra',
    icon: <FlexInfraIcon fontSize="inherit" />,
    noHeader: true,
    loader: () =>
      import('../components/FlexInfraPage').then(m => <m.FlexInfraPage />),
  },
});
