import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createCatalogAnnotateAction } from './actions/catalog/annotate';

/**
 * Registers FlexInfra's actions with the scaffolder:
 * `flexinfra:catalog:annotate`.
 *
 * @public
 */
export const scaffolderModuleFlexinfra = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'flexinfra',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
      },
      async init({ scaffolderActions }) {
        scaffolderActions.addActions(createCatalogAnnotateAction());
      },
    });
  },
});
