import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

import { rootRouteRef } from './routes';

export const page = PageBlueprint.make({
  params: {
    path: '/flexinfra',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/TodoPage').then(m => (
        <m.TodoPage />
      )),
  },
});

export const flexinfraPlugin = createFrontendPlugin({
  pluginId: 'flexinfra',
  extensions: [page],
  routes: {
    root: rootRouteRef,
  }
});
