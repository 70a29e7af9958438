import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { scaffolderServiceRef } from '@backstage/plugin-scaffolder-node';
import type { CheckDefinition } from '@flexinfra/backstage-plugin-flexinfra-common';
import { flexinfraPermissions } from '@flexinfra/backstage-plugin-flexinfra-common';
import {
  flexinfraChecksExtensionPoint,
  type FlexInfraFactProvider,
} from '@flexinfra/backstage-plugin-flexinfra-node';
import { registerActions } from './actions/registerActions';
import { readAdoptionConfig } from './adoption/readAdoptionConfig';
import { setupAdoption } from './adoption/setupAdoption';
import { CatalogReader } from './catalog/CatalogReader';
import { catalogFieldsFor } from './catalog/catalogFields';
import { readFlexInfraConfig } from './config/readFlexInfraConfig';
import { DatabaseCampaignStore } from './campaigns/DatabaseCampaignStore';
import { DatabaseRefreshRunStore } from './database/DatabaseRefreshRunStore';
import { DatabaseResultStore } from './database/DatabaseResultStore';
import { loadModel } from './model/loadModel';
import { validateFactProviders } from './model/validateFactProviders';
import { setupNotifications } from './notifications/setupNotifications';
import { RefreshTask } from './refresh/RefreshTask';
import { scheduleRefresh } from './refresh/scheduleRefresh';
import { createRepositoryFactProvider } from './repository/createRepositoryFactProvider';
import { createRouter } from './service/router';

/**
 * The FlexInfra backend plugin: scores catalog entities on a schedule,
 * stores results, history and snapshots, and serves them under
 * `/api/flexinfra`.
 *
 * @public
 */
export const flexinfraPlugin = createBackendPlugin({
  pluginId: 'flexinfra',
  register(env) {
    const codeChecks: CheckDefinition[] = [];
    const factProviders: FlexInfraFactProvider[] = [];
    env.registerExtensionPoint(flexinfraChecksExtensionPoint, {
      addChecks(...checks) {
        codeChecks.push(...checks);
      },
      addFactProvider(provider) {
        factProviders.push(provider);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
        scaffolder: scaffolderServiceRef,
        events: eventsServiceRef,
      },
      async init({
        config,
        auth,
        httpAuth,
        httpRouter,
        database,
        logger,
        permissions,
        permissionsRegistry,
        scheduler,
        lifecycle,
        urlReader,
        catalog,
        notifications,
        actionsRegistry,
        scaffolder,
        events,
      }) {
        permissionsRegistry.addPermissions(flexinfraPermissions);
        const settings = readFlexInfraConfig(config);
        const model = loadModel(config, codeChecks);
        validateFactProviders(factProviders);
        const repositoryProvider = await createRepositoryFactProvider({
          settings: settings.repository,
          config,
          urlReader,
          database,
          logger,
          moduleProviders: factProviders,
        });

        const refreshRunStore = await DatabaseRefreshRunStore.create({
          database,
          logger,
        });
        const resultStore = await DatabaseResultStore.create({
          database,
          logger,
        });
        const campaignStore = await DatabaseCampaignStore.create({
          database,
          logger,
        });
        const refreshListeners = await setupNotifications({
          settings: settings.notifications,
          historyDays: settings.retention.historyDays,
          notificationService: notifications,
          database,
          scheduler,
          logger,
          resultStore,
          campaignStore,
          model,
        });

        const task = new RefreshTask({
          reader: new CatalogReader({
            catalog,
            auth,
            kinds: settings.refresh.kinds,
            fields: catalogFieldsFor(model.definition.checks),
            pageSize: settings.refresh.pageSize,
          }),
          model,
          resultStore,
          runStore: refreshRunStore,
          factProviders: repositoryProvider
            ? [repositoryProvider, ...factProviders]
            : factProviders,
          retention: settings.retention,
          fullReadEvery: settings.refresh.fullReadEvery,
          listeners: refreshListeners,
          logger,
        });
        const { triggerRefresh } = await scheduleRefresh({
          scheduler,
          lifecycle,
          logger,
          task,
          schedule: settings.schedule,
        });

        const adoption = await setupAdoption({
          settings: readAdoptionConfig(config),
          historyDays: settings.retention.historyDays,
          scaffolder,
          auth,
          database,
          scheduler,
          events,
          lifecycle,
          logger,
          model,
        });

        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            catalog,
            resultStore,
            refreshRunStore,
            campaignStore,
            adoption,
            model,
            trendDays: settings.trendDays,
            triggerRefresh,
          }),
        );
        registerActions({
          actionsRegistry,
          catalog,
          resultStore,
          model,
          trendDays: settings.trendDays,
        });
      },
    });
  },
});
