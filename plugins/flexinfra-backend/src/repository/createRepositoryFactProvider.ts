import type {
  DatabaseService,
  LoggerService,
  RootConfigService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import type { FlexInfraFactProvider } from '@flexinfra/backstage-plugin-flexinfra-node';
import type { RepositoryConfig } from '../config/readFlexInfraConfig';
import { DatabaseRepositoryStore } from './DatabaseRepositoryStore';
import { FileRepositoryReader } from './FileRepositoryReader';
import {
  REPOSITORY_PROVIDER_ID,
  RepositoryFactProvider,
} from './RepositoryFactProvider';
import { UrlRepositoryReader } from './UrlRepositoryReader';

/**
 * The built-in `repository` fact provider as configured under
 * `flexinfra.repository`, or undefined when reading repositories is turned
 * off. Repositories are read through the app's URL readers, so the
 * `integrations` config (hosts, tokens, apps) applies to them.
 *
 * Throws when a module added a provider with the same id: its facts would
 * be indistinguishable from the built-in ones.
 */
export async function createRepositoryFactProvider(options: {
  settings: RepositoryConfig;
  config: RootConfigService;
  urlReader: UrlReaderService;
  database: DatabaseService;
  logger: LoggerService;
  /** The providers modules added, checked for a clashing id. */
  moduleProviders: FlexInfraFactProvider[];
}): Promise<RepositoryFactProvider | undefined> {
  const { settings, config, urlReader, database, logger } = options;
  if (!settings.enabled) {
    return undefined;
  }
  if (options.moduleProviders.some(p => p.id === REPOSITORY_PROVIDER_ID)) {
    throw new Error(
      `A FlexInfra fact provider added by a module is called '${REPOSITORY_PROVIDER_ID}', the id of the built-in repository reader; ` +
        'rename it, or set flexinfra.repository.enabled to false to replace the built-in one',
    );
  }
  const integrations = ScmIntegrations.fromConfig(config);
  return new RepositoryFactProvider({
    store: await DatabaseRepositoryStore.create({ database, logger }),
    readers: {
      url: new UrlRepositoryReader({
        reader: urlReader,
        limits: settings.limits,
      }),
      file: new FileRepositoryReader({ limits: settings.limits }),
    },
    kinds: settings.kinds,
    concurrency: settings.concurrency,
    timeBudget: settings.timeBudget,
    logger,
    resolveUrl: resolve => integrations.resolveUrl(resolve),
  });
}
