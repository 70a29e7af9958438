/* eslint-disable no-console */
/**
 * The `--repositories` part of the refresh benchmark: per engine, the same
 * refresh with and without FlexInfra's built-in repository fact provider,
 * each on a fresh database, run twice: first (every repository read) and
 * again with nothing changed (an unchanged repository must not be read
 * again). The provider is the plugin's own RepositoryFactProvider with its
 * own readers and store; only what it is handed and what it reads are
 * counted.
 */
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { NotModifiedError } from '@backstage/errors';
import type { FlexInfraFactProvider } from '@flexinfra/backstage-plugin-flexinfra-node';
import type { CompiledModel } from '../../plugins/flexinfra-common/src';
import type { CatalogReader } from '../../plugins/flexinfra-backend/src/catalog/CatalogReader';
import { readFlexInfraConfig } from '../../plugins/flexinfra-backend/src/config/readFlexInfraConfig';
import { DatabaseRepositoryStore } from '../../plugins/flexinfra-backend/src/repository/DatabaseRepositoryStore';
import { FileRepositoryReader } from '../../plugins/flexinfra-backend/src/repository/FileRepositoryReader';
import { RepositoryFactProvider } from '../../plugins/flexinfra-backend/src/repository/RepositoryFactProvider';
import { UrlRepositoryReader } from '../../plugins/flexinfra-backend/src/repository/UrlRepositoryReader';
import type { PluginServices } from './benchBackend';
import {
  REPOSITORY_ANNOTATION,
  type BenchRepository,
} from './benchRepositories';
import type { GitHost, GitHostCounters } from './gitHost';
import { measure, round } from './measure';
import { connect, dropDatabase, recreateDatabase } from './postgres';
import {
  createRefreshTask,
  runCounters,
  sqliteDatabase,
  type EngineId,
  type FlexInfraDatabase,
} from './refreshRunner';
import { summariseStages, type StageTimes } from './stageTimes';

export type RepositorySourceMode = 'url' | 'file';

/** What the provider read in one refresh, counted at its readers. */
export interface ReadCounters {
  /** Repositories the provider asked a reader for. */
  readCalls: number;
  /** Reads that returned facts (downloaded and analyzed, or read from disk). */
  read: number;
  /** Reads the reader answered "not modified" (nothing downloaded). */
  notModified: number;
  failed: number;
  /** Files and bytes in the repositories read (as generated). */
  filesRead: number;
  bytesRead: number;
}

export interface RepositoryRefreshReport {
  wallMs: number;
  processCpuMs: number;
  machineCpuBusy: number;
  peakRssMb: number;
  run: ReturnType<typeof runCounters>;
  stageTimes: StageTimes;
  reads?: ReadCounters;
  host?: GitHostCounters;
  repositoryRows?: number;
}

export interface RepositoryEngineReport {
  database: { without: string; with: string };
  without: { first: RepositoryRefreshReport; second: RepositoryRefreshReport };
  with: { first: RepositoryRefreshReport; second: RepositoryRefreshReport };
}

export interface RepositoriesReport {
  share: number;
  source: RepositorySourceMode;
  repositories: number;
  entitiesWithRepository: number;
  /** Entities of the kinds the provider reads (Components), picked from. */
  candidates: number;
  filesPerRepository: { min: number; max: number; mean: number };
  bytes: number;
  tarballBytes: number;
  generateMs: number;
  concurrency: number;
  how: string;
  engines: Partial<Record<EngineId, RepositoryEngineReport>>;
}

const zeroReads = (): ReadCounters => ({
  readCalls: 0,
  read: 0,
  notModified: 0,
  failed: 0,
  filesRead: 0,
  bytesRead: 0,
});

/**
 * The plugin's repository provider, handed only the entities the bench gave
 * a repository. The synthetic catalog says every entity is managed from a
 * `github.com` location that does not exist; those are left out, as if they
 * had no repository, so that nothing leaves this machine.
 */
function benchProvider(
  provider: RepositoryFactProvider,
): FlexInfraFactProvider {
  return {
    id: provider.id,
    startRun: options => provider.startRun(options),
    finishRun: () => provider.finishRun(),
    getFacts: (entities: Entity[]) =>
      provider.getFacts(
        entities.filter(
          e => e.metadata.annotations?.[REPOSITORY_ANNOTATION] !== undefined,
        ),
      ),
  };
}

async function freshDatabase(
  engine: EngineId,
  name: string,
): Promise<FlexInfraDatabase> {
  if (engine === 'sqlite') {
    return sqliteDatabase(name);
  }
  await recreateDatabase(name);
  const knex = connect(name);
  return {
    engine: 'pg',
    description: `PostgreSQL database ${name}`,
    knex,
    service: { getClient: async () => knex },
    async close() {
      await knex.destroy();
      await dropDatabase(name);
    },
  };
}

export async function repositoryPhase(options: {
  plugin: PluginServices;
  engines: EngineId[];
  sizeName: string;
  model: CompiledModel;
  reader: () => CatalogReader;
  retention: ReturnType<typeof readFlexInfraConfig>['retention'];
  repositories: BenchRepository[];
  source: RepositorySourceMode;
  host?: GitHost;
  share: number;
  entitiesWithRepository: number;
  candidates: number;
  generateMs: number;
  log: (line: string) => void;
}): Promise<RepositoriesReport> {
  const { plugin, host, repositories, log } = options;
  const settings = readFlexInfraConfig(plugin.config).repository;
  const byFolder = new Map(repositories.map(r => [r.folder, r]));
  const byUrl = new Map(
    repositories.map(r => [host?.treeUrl(r.name) ?? r.name, r]),
  );
  let reads = zeroReads();
  const count = async <T>(
    repository: BenchRepository | undefined,
    read: () => Promise<T>,
  ): Promise<T> => {
    reads.readCalls += 1;
    try {
      const result = await read();
      reads.read += 1;
      reads.filesRead += repository?.files ?? 0;
      reads.bytesRead += repository?.bytes ?? 0;
      return result;
    } catch (error) {
      if (NotModifiedError.is(error)) {
        reads.notModified += 1;
      } else {
        reads.failed += 1;
      }
      throw error;
    }
  };
  const urlReader = new UrlRepositoryReader({
    reader: UrlReaders.default({
      logger: plugin.logger,
      config: new ConfigReader({
        integrations: host
          ? {
              github: [
                { host: host.host, apiBaseUrl: `${host.baseUrl}/api/v3` },
              ],
            }
          : {},
      }),
    }),
    limits: settings.limits,
  });
  const fileReader = new FileRepositoryReader({ limits: settings.limits });

  const report: RepositoriesReport = {
    share: options.share,
    source: options.source,
    repositories: repositories.length,
    entitiesWithRepository: options.entitiesWithRepository,
    candidates: options.candidates,
    filesPerRepository: {
      min: Math.min(...repositories.map(r => r.files)),
      max: Math.max(...repositories.map(r => r.files)),
      mean: round(
        repositories.reduce((sum, r) => sum + r.files, 0) /
          Math.max(1, repositories.length),
      ),
    },
    bytes: repositories.reduce((sum, r) => sum + r.bytes, 0),
    tarballBytes: repositories.reduce(
      (sum, r) => sum + (r.tarball?.length ?? 0),
      0,
    ),
    generateMs: round(options.generateMs, 0),
    concurrency: settings.concurrency,
    how:
      options.source === 'url'
        ? "backstage.io/source-location url: on a local GitHub stand-in (/api/v3: combined status names the commit, the reader's etag; tarball of the commit), read through Backstage's GitHub URL reader"
        : 'backstage.io/managed-by-location file:<folder>/catalog-info.yaml, read from disk (FileRepositoryReader: no etag, every run reads the folder)',
    engines: {},
  };

  for (const engine of options.engines) {
    const databases = {
      without: await freshDatabase(
        engine,
        `flexinfra_bench_plugin_${options.sizeName}_norepos`,
      ),
      with: await freshDatabase(
        engine,
        `flexinfra_bench_plugin_${options.sizeName}_repos`,
      ),
    };
    try {
      const tasks = {} as Record<
        'without' | 'with',
        {
          task: Awaited<ReturnType<typeof createRefreshTask>>;
          stages: StageTimes;
        }
      >;
      for (const variant of ['without', 'with'] as const) {
        const stages: StageTimes = {};
        const database = databases[variant];
        const providers =
          variant === 'with'
            ? [
                benchProvider(
                  new RepositoryFactProvider({
                    store: await DatabaseRepositoryStore.create({
                      database: database.service,
                      logger: plugin.logger,
                    }),
                    readers: {
                      url: {
                        read: (url, readOptions) =>
                          count(byUrl.get(url), () =>
                            urlReader.read(url, readOptions),
                          ),
                      },
                      file: {
                        read: folder =>
                          count(byFolder.get(folder), () =>
                            fileReader.read(folder),
                          ),
                      },
                    },
                    kinds: settings.kinds,
                    concurrency: settings.concurrency,
                    timeBudget: settings.timeBudget,
                    logger: plugin.logger,
                  }),
                ),
              ]
            : [];
        const task = await createRefreshTask({
          plugin,
          database,
          model: options.model,
          reader: options.reader(),
          retention: options.retention,
          stages,
          factProviders: providers,
        });
        tasks[variant] = { task, stages };
      }
      const runOnce = async (
        variant: 'without' | 'with',
        which: string,
      ): Promise<RepositoryRefreshReport> => {
        const { task, stages } = tasks[variant];
        for (const key of Object.keys(stages)) {
          delete stages[key];
        }
        reads = zeroReads();
        host?.take();
        const phase = await measure(() => task.run('schedule'));
        const run = runCounters(phase.result);
        const result: RepositoryRefreshReport = {
          wallMs: round(phase.wallMs, 0),
          processCpuMs: round(phase.processCpuMs, 0),
          machineCpuBusy: phase.machineCpuBusy,
          peakRssMb: Math.max(
            phase.memory.peakSampledRssMb,
            phase.memory.peakKernelRssMb ?? 0,
          ),
          run,
          stageTimes: summariseStages(stages),
        };
        if (variant === 'with') {
          result.reads = reads;
          result.host = host?.take();
          const [row] = await databases.with
            .knex('flexinfra_repositories')
            .count({ n: '*' });
          result.repositoryRows = Number((row as { n: number | string }).n);
        }
        log(
          `  ${`${which}, ${variant} repositories, ${engine}`.padEnd(36)} ${(
            phase.wallMs / 1000
          )
            .toFixed(2)
            .padStart(7)} s  cpu ${(phase.processCpuMs / 1000).toFixed(1)} s; ${
            run.status
          }: seen ${run.entitiesSeen}, scored ${run.entitiesScored}` +
            (result.reads
              ? `; read ${result.reads.read} repositories (${result.reads.filesRead} files, ${result.reads.bytesRead} bytes), ${result.reads.notModified} not modified, ${result.reads.failed} failed` +
                (result.host
                  ? `; host: ${result.host.statusRequests} commit checks, ${result.host.downloads} tarballs (${result.host.downloadedBytes} bytes)`
                  : '')
              : '') +
            (run.error ? `; error: ${run.error}` : ''),
        );
        return result;
      };
      const withoutFirst = await runOnce('without', 'first');
      const withFirst = await runOnce('with', 'first');
      const withoutSecond = await runOnce('without', 'second');
      const withSecond = await runOnce('with', 'second');
      report.engines[engine] = {
        database: {
          without: databases.without.description,
          with: databases.with.description,
        },
        without: { first: withoutFirst, second: withoutSecond },
        with: { first: withFirst, second: withSecond },
      };
    } finally {
      await databases.without.close();
      await databases.with.close();
    }
  }
  return report;
}
