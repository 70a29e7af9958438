import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createCatalogAddEntityAction } from './actions/catalog/addEntity';
import { createCatalogAnnotateAction } from './actions/catalog/annotate';
import { createCatalogCheckoutAction } from './actions/checkout/checkout';
import { createIacGenerateAction } from './actions/iac/generate';
import { createScoreAction } from './actions/score/score';

/**
 * Registers FlexInfra's actions with the scaffolder:
 * `flexinfra:catalog:annotate`, `flexinfra:catalog:add-entity`,
 * `flexinfra:catalog:checkout`, `flexinfra:iac:generate` and
 * `flexinfra:score`.
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
        catalog: catalogServiceRef,
        urlReader: coreServices.urlReader,
        config: coreServices.rootConfig,
      },
      async init({ scaffolderActions, catalog, urlReader, config }) {
        scaffolderActions.addActions(
          createCatalogAnnotateAction(),
          createCatalogAddEntityAction(),
          createCatalogCheckoutAction({ catalog, urlReader }),
          createIacGenerateAction(),
          createScoreAction({ catalog, config }),
        );
      },
    });
  },
});
