import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { flexinfraPermissions } from '@flexinfra/backstage-plugin-flexinfra-common';
import { loadModel } from './model/loadModel';
import { DatabaseRefreshRunStore } from './database/DatabaseRefreshRunStore';
import { createRouter } from './service/router';

/**
 * The FlexInfra backend plugin: serves the maturity model and the state of
 * catalog refresh runs under `/api/flexinfra`.
 *
 * @public
 */
export const flexinfraPlugin = createBackendPlugin({
  pluginId: 'flexinfra',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
        logger: coreServices.logger,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        config,
        httpAuth,
        httpRouter,
        database,
        logger,
        permissionsRegistry,
      }) {
        permissionsRegistry.addPermissions(flexinfraPermissions);
        const model = loadModel(config);

        const refreshRunStore = await DatabaseRefreshRunStore.create({
          database,
          logger,
        });

        httpRouter.use(
          await createRouter({ httpAuth, refreshRunStore, model }),
        );
      },
    });
  },
});
