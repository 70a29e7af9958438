/**
 * FlexInfra side by side with Tech Insights, in the same backend, over the
 * same catalog, with the same checks (techInsightsChecks.ts):
 * 1. time until every entity has a result: Tech Insights' fact retrieval
 *    plus one bulk check run, against FlexInfra's full refresh;
 * 2. that both answered the same for every applicable check;
 * 3. one entity's checks as its page asks for them, unloaded and loaded;
 * 4. storage after a simulated month of daily runs (storagePhase.ts).
 * The caller has settled Tech Insights' start-up runs (settleStartupRuns)
 * before anything was measured, so its fact store starts empty here.
 */
import type { Knex } from 'knex';
import { performance } from 'node:perf_hooks';
import type { LoadResult } from '../autocannonWorker';
import type { BenchBackend } from '../benchBackend';
import { scorecardPaths } from '../apiPhase';
import { measure, round, type PhaseMemory } from '../measure';
import { compareResults, type Agreement } from './agreement';
import {
  loaded,
  unloaded,
  type EntityTarget,
  type Unloaded,
} from './entityLoad';
import { storagePhase, type StorageReport } from './storagePhase';
import {
  PEER_RETRIEVER_IDS,
  type TechInsightsTranslation,
} from './techInsightsChecks';
import {
  entityChecksPath,
  retrieveFacts,
  runChecksInBulk,
  type RetrievalTiming,
} from './techInsightsClient';

const UNLOADED_REQUESTS = 200;

export interface PeerReport {
  peer: string;
  checks: {
    translated: number;
    leftOut: TechInsightsTranslation['leftOut'];
    facts: number;
  };
  timeToResults: {
    entities: number;
    retrieval: RetrievalTiming;
    bulkCheckRunMs: number;
    /** Requests the bulk run took (Tech Insights' body limit is 100 KB). */
    bulkRequests: number;
    /** Characters of JSON in the bulk run's answers (ASCII: bytes). */
    bulkResponseBytes: number;
    /** Retrieval (its running time, pickup left out) plus the bulk run. */
    techInsightsMs: number;
    techInsightsCpuMs: number;
    techInsightsMemory: PhaseMemory;
    flexinfraFullMs: Record<string, number>;
    /** Tech Insights' time ÷ FlexInfra's full refresh on PostgreSQL. */
    ratio: number;
  };
  agreement: Agreement;
  entity: Record<
    'flexinfra' | 'techInsights',
    { title: string; unloaded: Unloaded; loaded: LoadResult }
  >;
  storage?: StorageReport;
}

export async function peerPhase(options: {
  backend: BenchBackend;
  translation: TechInsightsTranslation;
  /** FlexInfra's PostgreSQL database, scored by the full refresh. */
  knex: Knex;
  flexinfraFullMs: Record<string, number>;
  connections: number;
  seconds: number;
  storage?: Omit<
    Parameters<typeof storagePhase>[0],
    'backend' | 'retrieverIds' | 'peerDaysDone' | 'log'
  >;
  log: (line: string) => void;
}): Promise<PeerReport> {
  const { backend, translation, knex, log } = options;
  const checkIds = Object.keys(translation.checks);
  const retrieverIds = PEER_RETRIEVER_IDS;
  const entityRefs: string[] = (
    await knex('flexinfra_results')
      .where({ outcome: 'scored' })
      .orderBy('entity_ref')
      .select('entity_ref')
  ).map((row: { entity_ref: string }) => row.entity_ref);

  log(
    `\nTech Insights: ${checkIds.length} checks over ${translation.facts} stored facts ` +
      `(left out: ${
        translation.leftOut.map(l => l.id).join(', ') || 'none'
      }); ` +
      `${entityRefs.length} entities FlexInfra scored`,
  );
  const run = await measure(async () => {
    const retrieval = await retrieveFacts(backend, retrieverIds);
    const start = performance.now();
    const bulk = await runChecksInBulk(backend, checkIds, entityRefs);
    return { retrieval, bulkMs: performance.now() - start, ...bulk };
  });
  const { retrieval, bulkMs, results, requests, responseChars } = run.result;
  const failed = results.filter(r => r.error);
  if (failed.length > 0) {
    throw new Error(
      `Tech Insights failed ${failed.length} entities, e.g. ${JSON.stringify(
        failed[0].error,
      ).slice(0, 300)}`,
    );
  }
  const techInsightsMs = retrieval.runningMs + bulkMs;
  const pgFull = options.flexinfraFullMs.pg;
  log(
    `  fact retrieval ${(retrieval.runningMs / 1000).toFixed(2)} s running ` +
      `(${(retrieval.wallMs / 1000).toFixed(2)} s from the trigger, ${(
        retrieval.pickupMs / 1000
      ).toFixed(2)} s until the scheduler started it), bulk check run ${(
        bulkMs / 1000
      ).toFixed(2)} s (${requests} requests): ${(techInsightsMs / 1000).toFixed(
        2,
      )} s; ` +
      `FlexInfra full refresh ${Object.entries(options.flexinfraFullMs)
        .map(([engine, ms]) => `${engine} ${(ms / 1000).toFixed(2)} s`)
        .join(', ')} → ${(techInsightsMs / pgFull).toFixed(2)}× (PostgreSQL)`,
  );

  const agreement = await compareResults(knex, checkIds, results);
  log(
    `  agreement: ${agreement.agreed} of ${agreement.compared} entity × check answers the same` +
      ` (${agreement.waived} waived in FlexInfra, ${agreement.missing} not answered by Tech Insights)` +
      (agreement.examples.length
        ? `; e.g. ${agreement.examples.join('; ')}`
        : ''),
  );

  const paths = await scorecardPaths(knex);
  const targets: Record<'flexinfra' | 'techInsights', EntityTarget> = {
    flexinfra: {
      title: 'FlexInfra GET /entities/:kind/:namespace/:name',
      paths,
    },
    techInsights: {
      title: 'Tech Insights POST /checks/run/:namespace/:kind/:name',
      paths: paths.map(p =>
        entityChecksPath(
          p.replace('/api/flexinfra/entities/', '').replace('/', ':'),
        ),
      ),
      body: JSON.stringify({ checks: checkIds }),
    },
  };
  const entity = {} as PeerReport['entity'];
  for (const [key, target] of Object.entries(targets) as Array<
    [keyof typeof targets, EntityTarget]
  >) {
    const quiet = await unloaded(backend, target, UNLOADED_REQUESTS);
    const load = await loaded(
      backend,
      target,
      options.connections,
      options.seconds,
      quiet.p50Ms,
    );
    entity[key] = { title: target.title, unloaded: quiet, loaded: load };
    log(
      `  ${target.title}: unloaded p50 ${quiet.p50Ms} ms, p99 ${quiet.p99Ms} ms (${quiet.bytesP50} B); ` +
        `${options.connections} connections: ${Math.round(
          load.requestsPerSecond,
        )} req/s, p50 ${load.latencyMs.p50} ms, p99 ${
          load.latencyMs.p99
        } ms, non-2xx ${load.non2xx}`,
    );
  }

  let storage: StorageReport | undefined;
  if (options.storage) {
    log(`\nStorage after ${options.storage.days} simulated days of daily runs`);
    storage = await storagePhase({
      ...options.storage,
      backend,
      retrieverIds,
      peerDaysDone: 1,
      log,
    });
  }

  return {
    peer: '@backstage-community/plugin-tech-insights-backend with its json-rules-engine module (jsonfc)',
    checks: {
      translated: checkIds.length,
      leftOut: translation.leftOut,
      facts: translation.facts,
    },
    timeToResults: {
      entities: entityRefs.length,
      retrieval,
      bulkCheckRunMs: round(bulkMs, 0),
      bulkRequests: requests,
      bulkResponseBytes: responseChars,
      techInsightsMs: round(techInsightsMs, 0),
      techInsightsCpuMs: round(run.processCpuMs, 0),
      techInsightsMemory: run.memory,
      flexinfraFullMs: options.flexinfraFullMs,
      ratio: round(techInsightsMs / pgFull, 2),
    },
    agreement,
    entity,
    storage,
  };
}
