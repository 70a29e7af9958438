/**
 * A real Backstage backend for the refresh benchmark, started in this
 * process with createBackend(): the catalog plugin (on PostgreSQL) fed by a
 * provider of synthetic entities, the FlexInfra plugin as a backend would
 * run it, and a small module of the FlexInfra plugin that hands the bench the
 * plugin's own services (catalog client, auth, database), so the bench reads
 * the catalog exactly as the plugin's refresh does: over the catalog's HTTP
 * API, with the plugin's service credentials.
 */
import { randomBytes } from 'node:crypto';
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
  type AuthService,
  type DatabaseService,
  type LoggerService,
  type RootConfigService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
  type CatalogService,
  type EntityProvider,
  type EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { flexinfraPlugin } from '../../plugins/flexinfra-backend/src/plugin';
import { pgConnection } from './postgres';
import {
  TECH_INSIGHTS_DATABASE,
  techInsightsConfig,
  techInsightsFeatures,
} from './peer/techInsightsBackend';
import type { TechInsightsTranslation } from './peer/techInsightsChecks';

const PROVIDER_NAME = 'flexinfra-bench';
const LOCATION_KEY = 'flexinfra-bench';

/** Hands the synthetic entities to the catalog, all at once or as changes. */
export class BenchEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private readonly connected: Promise<EntityProviderConnection>;
  private resolveConnected!: (c: EntityProviderConnection) => void;

  constructor() {
    this.connected = new Promise(resolve => {
      this.resolveConnected = resolve;
    });
  }

  getProviderName(): string {
    return PROVIDER_NAME;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    this.resolveConnected(connection);
  }

  /** Replaces everything this provider gave the catalog with `entities`. */
  async applyFull(entities: Entity[]): Promise<void> {
    const connection = this.connection ?? (await this.connected);
    await connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({ entity, locationKey: LOCATION_KEY })),
    });
  }

  /** Adds or replaces `entities`, leaving the rest as they are. */
  async applyChanges(entities: Entity[]): Promise<void> {
    const connection = this.connection ?? (await this.connected);
    await connection.applyMutation({
      type: 'delta',
      added: entities.map(entity => ({ entity, locationKey: LOCATION_KEY })),
      removed: [],
    });
  }
}

/** The FlexInfra plugin's own services, as its refresh uses them. */
export interface PluginServices {
  catalog: CatalogService;
  auth: AuthService;
  database: DatabaseService;
  config: RootConfigService;
  logger: LoggerService;
}

export interface BenchBackend {
  baseUrl: string;
  /** A static external access token the backend accepts (a service principal). */
  token: string;
  config: Record<string, unknown>;
  provider: BenchEntityProvider;
  plugin: PluginServices;
  stop(): Promise<void>;
}

/** Every kind the synthetic catalog has: the catalog's default rules allow fewer. */
const KINDS = [
  'Component',
  'Resource',
  'System',
  'API',
  'Domain',
  'Group',
  'User',
  'Location',
];

export function benchBackendConfig(options: {
  port: number;
  token: string;
  catalogDatabase: string;
  pluginDatabase: string;
  peer?: TechInsightsTranslation;
  refreshEverySeconds?: number;
}) {
  const { port, token, catalogDatabase, pluginDatabase, peer } = options;
  const every = options.refreshEverySeconds;
  return {
    backend: {
      baseUrl: `http://127.0.0.1:${port}`,
      listen: { host: '127.0.0.1', port },
      logger: { level: process.env.LOG_LEVEL ?? 'warn' },
      database: {
        client: 'pg',
        connection: pgConnection(),
        // Plugins the bench does not name get flexinfra_bench_<pluginId>.
        prefix: 'flexinfra_bench_',
        plugin: {
          catalog: { connection: { database: catalogDatabase } },
          flexinfra: { connection: { database: pluginDatabase } },
          'tech-insights': {
            connection: { database: TECH_INSIGHTS_DATABASE },
          },
        },
      },
      auth: {
        externalAccess: [
          { type: 'static', options: { token, subject: 'flexinfra-bench' } },
        ],
      },
    },
    catalog: {
      rules: [{ allow: KINDS }],
      // Processed entities are due again only after a year: the catalog does
      // not reprocess 100k entities in the background while the bench
      // measures. Changed entities are processed at once all the same.
      processingInterval: { days: 365 },
    },
    // With permissions off, as with a static token (a service principal)
    // when they are on, every catalog read is allowed without a policy call.
    permission: { enabled: false },
    flexinfra: {
      // Refreshes read no repositories unless the bench hands them a
      // provider (--repositories): the synthetic entities name GitHub
      // repositories that do not exist, and nothing leaves the machine.
      repository: { enabled: false },
      // The plugin's own schedule stays out of the way unless asked for:
      // the bench runs refreshes itself, with the plugin's services.
      schedule: every
        ? {
            frequency: { seconds: every },
            timeout: { hours: 3 },
            initialDelay: { seconds: 1 },
          }
        : {
            frequency: { hours: 24 },
            timeout: { hours: 3 },
            initialDelay: { hours: 24 },
          },
    },
    ...(peer ? techInsightsConfig(peer) : {}),
  };
}

/** Starts the backend; resolves once it serves requests. */
export async function startBenchBackend(options: {
  port: number;
  catalogDatabase: string;
  pluginDatabase: string;
  /** Tech Insights with FlexInfra's checks translated, for the comparison. */
  peer?: TechInsightsTranslation;
  /** The token it accepts (another replica's, say); a new one unless given. */
  token?: string;
  /** Run the plugin's own scheduled refresh this often (off unless given). */
  refreshEverySeconds?: number;
}): Promise<BenchBackend> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const config = benchBackendConfig({ ...options, token });
  const provider = new BenchEntityProvider();
  let resolvePlugin!: (services: PluginServices) => void;
  const pluginServices = new Promise<PluginServices>(resolve => {
    resolvePlugin = resolve;
  });

  const backend = createBackend();
  backend.add(
    createServiceFactory({
      service: coreServices.rootConfig,
      deps: {},
      factory: () => new ConfigReader(config, 'flexinfra-bench'),
    }),
  );
  backend.add(catalogPlugin);
  backend.add(
    createBackendModule({
      pluginId: 'catalog',
      moduleId: 'flexinfra-bench-provider',
      register(env) {
        env.registerInit({
          deps: { processing: catalogProcessingExtensionPoint },
          async init({ processing }) {
            processing.addEntityProvider(provider);
          },
        });
      },
    }),
  );
  backend.add(flexinfraPlugin);
  backend.add(
    createBackendModule({
      pluginId: 'flexinfra',
      moduleId: 'bench-services',
      register(env) {
        env.registerInit({
          deps: {
            catalog: catalogServiceRef,
            auth: coreServices.auth,
            database: coreServices.database,
            config: coreServices.rootConfig,
            logger: coreServices.logger,
          },
          async init(services) {
            resolvePlugin(services);
          },
        });
      },
    }),
  );
  if (options.peer) {
    techInsightsFeatures(options.peer).forEach(feature => backend.add(feature));
  }
  await backend.start();
  return {
    baseUrl: config.backend.baseUrl,
    token,
    config,
    provider,
    plugin: await pluginServices,
    stop: () => backend.stop(),
  };
}
