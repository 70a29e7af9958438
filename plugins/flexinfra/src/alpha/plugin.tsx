import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { FlexInfraIcon } from '../components/FlexInfraIcon';
import {
  entityContentRouteRef,
  rootRouteRef,
  scaffolderTemplateRouteRef,
} from '../routes';
import {
  flexInfraApi,
  flexInfraEntityCard,
  flexInfraEntityContent,
  flexInfraEntityRollupCard,
  flexInfraPage,
} from './extensions';

/**
 * FlexInfra for the new frontend system.
 *
 * @alpha
 */
export const flexinfraPlugin = createFrontendPlugin({
  pluginId: 'flexinfra',
  title: 'FlexInfra',
  icon: <FlexInfraIcon fontSize="inherit" />,
  extensions: [
    flexInfraApi,
    flexInfraPage,
    flexInfraEntityContent,
    flexInfraEntityCard,
    flexInfraEntityRollupCard,
  ],
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    entityContent: entityContentRouteRef,
  }),
  // "Fix with template" buttons open the scaffolder's template page; bound to
  // `scaffolder.selectedTemplate` by default.
  externalRoutes: convertLegacyRouteRefs({
    scaffolderTemplate: scaffolderTemplateRouteRef,
  }),
});
