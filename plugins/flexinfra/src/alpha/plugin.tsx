import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { FlexInfraIcon } from '../components/FlexInfraIcon';
import { flexInfraApi, flexInfraPage } from './extensions';
import { rootRouteRef } from './routes';

/**
 * FlexInfra for the new frontend system.
 *
 * @alpha
 */
export const flexinfraPlugin = createFrontendPlugin({
  pluginId: 'flexinfra',
  title: 'FlexInfra',
  icon: <FlexInfraIcon fontSize="inherit" />,
  extensions: [flexInfraApi, flexInfraPage],
  routes: {
    root: rootRouteRef,
  },
});
