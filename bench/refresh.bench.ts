/* eslint-disable no-console */
/**
 * FlexInfra refresh benchmark: a full and an incremental refresh of a
 * synthetic catalog served by the real catalog plugin, on SQLite and
 * PostgreSQL, against the floor of merely paging the same entities out of
 * the catalog; then API latency under load. See bench/README.md.
 *
 * Run from the repository root:
 *
 *   node --expose-gc --max-old-space-size=4096 \
 *     --require @backstage/cli/config/nodeTransform.cjs \
 *     bench/refresh.bench.ts [--entities 10000] [--engines sqlite,pg] ...
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Knex } from 'knex';
import { apiPhase } from './refresh/apiPhase';
import {
  replicaPhase,
  type ReplicasReport,
} from './refresh/replica/replicaPhase';
import { peerPhase, type PeerReport } from './refresh/peer/peerPhase';
import { TECH_INSIGHTS_DATABASE } from './refresh/peer/techInsightsBackend';
import {
  PEER_RETRIEVER_IDS,
  techInsightsChecksFor,
} from './refresh/peer/techInsightsChecks';
import { settleStartupRuns } from './refresh/peer/techInsightsClient';
import { loadModel } from '../plugins/flexinfra-backend/src/model/loadModel';
import { ConfigReader } from '@backstage/config';
import { profiled } from './refresh/profile';
import { summariseStages, type StageTimes } from './refresh/stageTimes';
import { startBenchBackend, type BenchBackend } from './refresh/benchBackend';
import { buildBenchCatalog, changeShare } from './refresh/benchCatalog';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  catalogBacklog,
  revisionFilter,
  servedCount,
  waitForCatalog,
} from './refresh/catalogState';
import {
  assignRepositories,
  generateRepositories,
  repositoryFolder,
  REPOSITORY_ANNOTATION,
  type BenchRepository,
} from './refresh/benchRepositories';
import { startGitHost, type GitHost } from './refresh/gitHost';
import { machineInfo, measure, round, type Phase } from './refresh/measure';
import {
  repositoryPhase,
  type RepositoriesReport,
  type RepositorySourceMode,
} from './refresh/repositoryPhase';
import {
  connect,
  databaseExists,
  dropDatabase,
  PG_URL,
  recreateDatabase,
  serverSettings,
  vacuumAnalyze,
} from './refresh/postgres';
import {
  countRows,
  createRefreshTask,
  pluginDatabase,
  pluginSettings,
  readLikeRefresh,
  runCounters,
  rowsWrittenBetween,
  rowsWrittenCounter,
  sqliteDatabase,
  type EngineId,
  type FlexInfraDatabase,
  type FloorResult,
} from './refresh/refreshRunner';
import {
  writeReport,
  type EngineReport,
  type SizeReport,
} from './refresh/report';

// ---------------------------------------------------------------------------
// Options

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length
    ? process.argv[index + 1]
    : fallback;
}
const ENTITIES = Number(option('entities', '10000'));
const SEED = Number(option('seed', '20261123'));
const ENGINES = option('engines', 'sqlite,pg').split(',') as EngineId[];
const CHANGE_SHARE = Number(option('change', '0.01'));
const PORT = Number(option('port', '7399'));
const API_SECONDS = Number(option('api-seconds', '10'));
const API_CONNECTIONS = Number(option('api-connections', '100'));
const API = !process.argv.includes('--no-api');
const LABEL = option('label', '');
const WRITE = !process.argv.includes('--no-write');
const DROP_CATALOG = process.argv.includes('--drop-catalog');
const PROFILE_DIR = process.argv.includes('--profile')
  ? option('profile', '')
  : undefined;
const INGEST_TIMEOUT_MS = Number(option('ingest-timeout-min', '240')) * 60_000;
const REPOSITORIES = Number(option('repositories', '0'));
const REPOSITORY_SOURCE = option(
  'repository-source',
  'url',
) as RepositorySourceMode;
const GIT_PORT = Number(option('git-port', String(PORT + 1)));
const PEER = !process.argv.includes('--no-peer');
const PEER_DAYS = Number(option('peer-days', '30'));
const REPLICAS = !process.argv.includes('--no-replicas');
const REPLICA_REFRESH_SECONDS = Number(option('replica-refresh-seconds', '10'));
const REPLICA_WINDOW_SECONDS = Number(option('replica-window-seconds', '60'));

const sizeName =
  ENTITIES % 1000 === 0 ? `${ENTITIES / 1000}k` : String(ENTITIES);
const CATALOG_DB = `flexinfra_bench_catalog_${sizeName}`;
const PLUGIN_DB = `flexinfra_bench_plugin_${sizeName}`;

const GOALS = {
  fullToFloor: 2,
  incrementalToFull: 0.05,
  rssGrowthMbAt100k: 300,
};

const log = (line: string) => console.log(line);

function describePhase(name: string, phase: Phase<unknown>) {
  const m = phase.memory;
  log(
    `  ${name.padEnd(22)} ${(phase.wallMs / 1000).toFixed(2).padStart(8)} s` +
      `  cpu ${(phase.processCpuMs / 1000).toFixed(1)} s, machine ${Math.round(
        phase.machineCpuBusy * 100,
      )}% busy; RSS ${m.baselineRssMb} → peak ${Math.max(
        m.peakSampledRssMb,
        m.peakKernelRssMb ?? 0,
      )} MB (+${m.rssGrowthMb}), heap +${m.heapGrowthMb} MB at peak, ${
        m.retainedHeapMb ?? '?'
      } MB kept`,
  );
}

async function resultsChecksum(knex: Knex): Promise<string> {
  const rows: Array<{ entity_ref: string; stage: unknown; score: unknown }> =
    await knex('flexinfra_results')
      .select('entity_ref', 'stage', 'score')
      .orderBy('entity_ref');
  const hash = createHash('sha256');
  for (const row of rows) {
    hash.update(`${row.entity_ref}\t${row.stage}\t${Number(row.score)}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------
// Phases

async function ingest(
  backend: BenchBackend,
  catalogKnex: Knex,
  entities: Parameters<BenchBackend['provider']['applyFull']>[0],
  before: { final: number },
  backendStartMs: number,
  withRepository: number,
) {
  const { catalog, auth } = backend.plugin;
  log(`\nCatalog: handing ${entities.length} entities to the catalog…`);
  let start = performance.now();
  await backend.provider.applyFull(entities);
  const applyFullMs = performance.now() - start;
  start = performance.now();
  const waited = await waitForCatalog({
    knex: catalogKnex,
    what: `${entities.length} entities served, none with a bench revision, ${withRepository} with a bench repository`,
    served: async () =>
      (await servedCount(catalog, auth)) === entities.length &&
      (await servedCount(catalog, auth, revisionFilter())) === 0 &&
      (await servedCount(catalog, auth, {
        [`metadata.annotations.${REPOSITORY_ANNOTATION}`]:
          CATALOG_FILTER_EXISTS,
      })) === withRepository,
    timeoutMs: INGEST_TIMEOUT_MS,
    log,
  });
  const served = await servedCount(catalog, auth);
  const vacuumAnalyzeMs = await vacuumAnalyze(catalogKnex);
  const report = {
    reusedDatabase: before.final > 0,
    finalEntitiesBefore: before.final,
    backendStartMs: round(backendStartMs, 0),
    applyFullMs: round(applyFullMs, 0),
    waitMs: round(performance.now() - start, 0),
    settled: waited.settled,
    served,
    vacuumAnalyzeMs,
    backlog: waited.backlog,
  };
  log(
    `  ${report.reusedDatabase ? 'reused' : 'ingested into'} ${CATALOG_DB}: ` +
      `applyMutation ${(applyFullMs / 1000).toFixed(1)} s, caught up after ` +
      `${(report.waitMs / 1000).toFixed(1)} s more; ${served} served` +
      (waited.backlog.withErrors
        ? `, ${waited.backlog.withErrors} with processing errors`
        : '') +
      `; VACUUM ANALYZE ${(vacuumAnalyzeMs / 1000).toFixed(1)} s`,
  );
  return report;
}

let floorCount = 0;

async function floorPhase(
  name: string,
  reader: () => ReturnType<ReturnType<typeof pluginSettings>['reader']>,
): Promise<Phase<FloorResult>> {
  const phase = await measure(() =>
    profiled(PROFILE_DIR, `${name.replace(/\W+/g, '-')}-${++floorCount}`, () =>
      readLikeRefresh(reader()),
    ),
  );
  describePhase(name, phase);
  return phase;
}

async function refreshPhase(
  name: string,
  task: Awaited<ReturnType<typeof createRefreshTask>>,
  database: FlexInfraDatabase,
  stages: StageTimes,
) {
  const rowsBefore = await countRows(database.knex);
  for (const key of Object.keys(stages)) {
    delete stages[key];
  }
  const writtenBefore = await rowsWrittenCounter(database);
  const phase = await measure(() =>
    profiled(PROFILE_DIR, name.replace(/\W+/g, '-'), () =>
      task.run('schedule'),
    ),
  );
  describePhase(name, phase);
  const run = runCounters(phase.result);
  const rows = await countRows(database.knex);
  const rowsWritten = rowsWrittenBetween(
    writtenBefore,
    await rowsWrittenCounter(database),
  );
  log(
    `    ${run.status}: seen ${run.entitiesSeen}, scored ${run.entitiesScored}, ` +
      `changed ${run.entitiesChanged}, removed ${
        run.entitiesRemoved
      }; rows ${JSON.stringify(rows)}; ` +
      `${rowsWritten.total} rows written ${JSON.stringify(
        rowsWritten.byTable ?? {},
      )}` +
      (run.error ? `; error: ${run.error}` : ''),
  );
  const stageTimes = summariseStages(stages);
  log(
    `    stages (ms, catalog.pages overlaps the rest): ${Object.entries(
      stageTimes,
    )
      .map(([stage, t]) => `${stage} ${t.ms} (${t.calls}×)`)
      .join(', ')}`,
  );
  return {
    wallMs: phase.wallMs,
    processCpuMs: phase.processCpuMs,
    machineCpuBusy: phase.machineCpuBusy,
    memory: phase.memory,
    run,
    entitiesPerSecond: round(run.entitiesSeen / (phase.wallMs / 1000), 0),
    rowsBefore,
    rowsAfter: rows,
    rowsWritten,
    stageTimes,
  };
}

// ---------------------------------------------------------------------------
// The run

async function main() {
  const machine = machineInfo();
  const date = new Date().toISOString();
  const pgSettings = await serverSettings();
  const postgres = pgSettings.version;
  log(
    `FlexInfra refresh benchmark — ${ENTITIES} generated entities (seed ${SEED}), ` +
      `engines ${ENGINES.join(', ')}; Node ${machine.node}, ${machine.cpu}, ` +
      `${machine.cores} cores, ${machine.totalMemoryGb} GB; PostgreSQL ${postgres} at ${PG_URL} ` +
      `(autovacuum ${pgSettings.autovacuum}, shared_buffers ${pgSettings.sharedBuffers}, work_mem ${pgSettings.workMem})`,
  );

  let start = performance.now();
  const catalog = buildBenchCatalog(ENTITIES, SEED);
  log(
    `Catalog of ${catalog.entities.length} descriptors built in ${(
      performance.now() - start
    ).toFixed(0)} ms: ${JSON.stringify(catalog.byKind)}; ${
      catalog.scoredKinds
    } of ` +
      `scored kinds; ${
        catalog.malformedDropped
      } malformed left out; filled in ${JSON.stringify(catalog.filledIn)}`,
  );

  // --repositories: a share of the scored entities get a repository the
  // provider reads, located by the annotation of --repository-source.
  const gitBaseUrl = `http://127.0.0.1:${GIT_PORT}`;
  const { assigned: withRepository, candidates } = assignRepositories(
    catalog.entities,
    REPOSITORIES,
    SEED,
    name =>
      REPOSITORY_SOURCE === 'url'
        ? {
            'backstage.io/source-location': `url:${gitBaseUrl}/acme/${name}/tree/main/`,
          }
        : {
            'backstage.io/source-location': undefined,
            'backstage.io/managed-by-location': `file:${repositoryFolder(
              name,
            )}/catalog-info.yaml`,
          },
  );
  let repositories: BenchRepository[] = [];
  let gitHost: GitHost | undefined;
  let generateMs = 0;
  if (withRepository > 0) {
    start = performance.now();
    repositories = await generateRepositories(withRepository, SEED);
    generateMs = performance.now() - start;
    log(
      `${withRepository} of ${candidates} Components have a repository (${REPOSITORY_SOURCE}): ` +
        `${repositories.length} generated in ${(generateMs / 1000).toFixed(
          1,
        )} s, ${repositories.reduce(
          (sum, r) => sum + r.files,
          0,
        )} files, ${repositories.reduce((sum, r) => sum + r.bytes, 0)} bytes`,
    );
    if (REPOSITORY_SOURCE === 'url') {
      gitHost = await startGitHost(GIT_PORT, repositories);
    }
  }

  const catalogKnex = connect(CATALOG_DB);
  const before = (await databaseExists(CATALOG_DB))
    ? await catalogBacklog(catalogKnex)
    : { final: 0 };
  await recreateDatabase(PLUGIN_DB);
  // The peer's checks are FlexInfra's default model, translated; the
  // backend's config names no model of its own.
  const peer = PEER
    ? techInsightsChecksFor(loadModel(new ConfigReader({}), []))
    : undefined;
  if (peer) {
    await recreateDatabase(TECH_INSIGHTS_DATABASE);
  }

  start = performance.now();
  const backend = await startBenchBackend({
    port: PORT,
    catalogDatabase: CATALOG_DB,
    pluginDatabase: PLUGIN_DB,
    peer,
  });
  const backendStartMs = performance.now() - start;
  const databases: FlexInfraDatabase[] = [];
  try {
    const ingestion = await ingest(
      backend,
      catalogKnex,
      catalog.entities,
      before,
      backendStartMs,
      withRepository,
    );
    if (peer) {
      // Tech Insights runs its fact retrievers a few seconds after start-up,
      // each reading the whole catalog: nothing is measured until they are
      // done (a reused catalog is ready before they are).
      const peerKnex = connect(TECH_INSIGHTS_DATABASE);
      try {
        await settleStartupRuns(backend, PEER_RETRIEVER_IDS, peerKnex);
      } finally {
        await peerKnex.destroy();
      }
    }
    const { settings, model, reader } = pluginSettings(backend.plugin);
    log(
      `\nFlexInfra reads kinds ${settings.refresh.kinds.join(
        ', ',
      )}, page size ${settings.refresh.pageSize}, model ${model.version}`,
    );

    log('\nFloor and full refreshes (fresh FlexInfra databases)');
    const floors: Array<Phase<FloorResult>> = [];
    floors.push(await floorPhase('floor (read only)', reader));
    const stages = new Map<EngineId, StageTimes>();
    const stagesOf = (engine: EngineId) => {
      if (!stages.has(engine)) {
        stages.set(engine, {});
      }
      return stages.get(engine)!;
    };
    const tasks = new Map<
      EngineId,
      Awaited<ReturnType<typeof createRefreshTask>>
    >();
    const engines: Partial<Record<EngineId, EngineReport>> = {};
    for (const engine of ENGINES) {
      const database =
        engine === 'sqlite'
          ? sqliteDatabase(`refresh-${sizeName}`)
          : await pluginDatabase(backend.plugin, PLUGIN_DB);
      databases.push(database);
      const task = await createRefreshTask({
        plugin: backend.plugin,
        database,
        model,
        reader: reader(),
        retention: settings.retention,
        stages: stagesOf(engine),
      });
      tasks.set(engine, task);
      const full = await refreshPhase(
        `full, ${engine}`,
        task,
        database,
        stagesOf(engine),
      );
      engines[engine] = {
        database: database.description,
        full,
        resultsChecksumAfterFull: await resultsChecksum(database.knex),
      } as EngineReport;
    }
    floors.push(await floorPhase('floor (read only)', reader));

    log(
      `\nChanging ${
        CHANGE_SHARE * 100
      }% of the scored entities in the catalog…`,
    );
    const revision = `rev-${Date.now()}`;
    const changed = changeShare(catalog, CHANGE_SHARE, SEED, revision);
    const { catalog: catalogService, auth } = backend.plugin;
    const change = await measure(async () => {
      await backend.provider.applyChanges(changed);
      return waitForCatalog({
        knex: catalogKnex,
        what: `${changed.length} changed entities served`,
        served: async () =>
          (await servedCount(
            catalogService,
            auth,
            revisionFilter(revision),
          )) === changed.length,
        quietMs: 1000,
        timeoutMs: 30 * 60_000,
        log,
      });
    });
    log(
      `  ${changed.length} entities changed and served after ${(
        change.wallMs / 1000
      ).toFixed(1)} s`,
    );

    // What autovacuum would have done between two scheduled refreshes; on
    // a server where it is off, the planner would otherwise keep the
    // statistics of the empty tables the full refresh started from.
    const maintenance: Record<string, number> = {};
    for (const database of databases) {
      if (database.engine === 'pg') {
        maintenance[database.engine] = await vacuumAnalyze(database.knex);
        log(`\nVACUUM ANALYZE of the FlexInfra database: ${maintenance.pg} ms`);
      }
    }

    log('\nIncremental refreshes (same FlexInfra databases)');
    for (const engine of ENGINES) {
      const database = databases[ENGINES.indexOf(engine)];
      const incremental = await refreshPhase(
        `incremental, ${engine}`,
        tasks.get(engine)!,
        database,
        stagesOf(engine),
      );
      engines[engine]!.incremental = incremental;
    }
    floors.push(await floorPhase('floor (read only)', reader));

    let api;
    const pg = ENGINES.includes('pg')
      ? databases[ENGINES.indexOf('pg')]
      : undefined;
    if (API && pg) {
      api = await apiPhase({
        backend,
        knex: pg.knex,
        connections: API_CONNECTIONS,
        seconds: API_SECONDS,
        profileDir: PROFILE_DIR,
        log,
      });
    } else if (API) {
      log('\nAPI: skipped (the backend serves from PostgreSQL; run with pg)');
    }

    let peerReport: PeerReport | undefined;
    if (peer && pg) {
      peerReport = await peerPhase({
        backend,
        translation: peer,
        knex: pg.knex,
        flexinfraFullMs: Object.fromEntries(
          Object.entries(engines).map(([engine, r]) => [
            engine,
            Math.round(r!.full.wallMs),
          ]),
        ),
        connections: API_CONNECTIONS,
        seconds: API_SECONDS,
        storage:
          PEER_DAYS > 0
            ? {
                sizeName,
                model,
                reader,
                retention: settings.retention,
                days: PEER_DAYS,
              }
            : undefined,
        log,
      });
    } else if (peer) {
      log('\nTech Insights: skipped (it runs on PostgreSQL; run with pg)');
    }

    let replicasReport: ReplicasReport | undefined;
    if (REPLICAS && pg) {
      replicasReport = await replicaPhase({
        backend,
        catalogDatabase: CATALOG_DB,
        pluginDatabase: PLUGIN_DB,
        knex: pg.knex,
        ports: [PORT + 2, PORT + 3],
        connections: API_CONNECTIONS,
        seconds: API_SECONDS,
        refreshEverySeconds: REPLICA_REFRESH_SECONDS,
        windowSeconds: REPLICA_WINDOW_SECONDS,
        log,
      });
    }

    let repositoriesReport: RepositoriesReport | undefined;
    if (withRepository > 0) {
      log(
        `\nRepositories: refreshes without and with the repository provider (fresh databases; first run, then again with nothing changed)`,
      );
      repositoriesReport = await repositoryPhase({
        plugin: backend.plugin,
        engines: ENGINES,
        sizeName,
        model,
        reader,
        retention: settings.retention,
        repositories,
        source: REPOSITORY_SOURCE,
        host: gitHost,
        share: REPOSITORIES,
        entitiesWithRepository: withRepository,
        candidates,
        generateMs,
        log,
      });
    }

    const report: SizeReport = {
      date,
      label: LABEL || undefined,
      machine,
      postgres,
      postgresSettings: pgSettings,
      options: {
        entities: ENTITIES,
        seed: SEED,
        engines: ENGINES,
        changeShare: CHANGE_SHARE,
        apiSeconds: API_SECONDS,
        apiConnections: API_CONNECTIONS,
        ...(withRepository > 0 && {
          repositories: REPOSITORIES,
          repositorySource: REPOSITORY_SOURCE,
        }),
      },
      catalog: {
        database: CATALOG_DB,
        descriptors: catalog.entities.length,
        byKind: catalog.byKind,
        scoredKinds: catalog.scoredKinds,
        malformedDropped: catalog.malformedDropped,
        filledIn: catalog.filledIn,
        ingestion,
      },
      flexinfra: {
        kinds: settings.refresh.kinds,
        pageSize: settings.refresh.pageSize,
        modelVersion: model.version,
        pluginDatabase: PLUGIN_DB,
      },
      floors: floors.map(f => ({
        wallMs: f.wallMs,
        processCpuMs: f.processCpuMs,
        machineCpuBusy: f.machineCpuBusy,
        memory: f.memory,
        read: f.result,
      })),
      change: {
        entities: changed.length,
        servedAfterMs: change.wallMs,
        settled: change.result.settled,
      },
      engines,
      vacuumAnalyzeBeforeIncrementalMs: maintenance,
      api,
      repositories: repositoriesReport,
      peer: peerReport,
      replicas: replicasReport,
      goals: GOALS,
    };
    if (WRITE) {
      const written = writeReport(report);
      log(`\nWrote ${written.join(' and ')}`);
    }
  } finally {
    for (const database of databases) {
      await database.close();
    }
    await backend.stop();
    await gitHost?.close();
    await catalogKnex.destroy();
    await dropDatabase(PLUGIN_DB);
    if (peer) {
      await dropDatabase(TECH_INSIGHTS_DATABASE);
    }
    if (DROP_CATALOG) {
      await dropDatabase(CATALOG_DB);
    }
  }
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
