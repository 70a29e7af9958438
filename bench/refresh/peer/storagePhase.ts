/**
 * Storage after a simulated month of daily runs, both products on
 * PostgreSQL. FlexInfra: a fresh database, one scheduled refresh per
 * simulated day (its clock moved a day each time, so each is the day's full
 * read and writes the day's snapshot). Tech Insights: its fact retrievers
 * run once per day, as their daily cadence would run them; its facts carry
 * the time they were retrieved, which does not change what they take.
 * The catalog does not change between days, which is what keeps
 * FlexInfra's history small; Tech Insights stores every day's facts anyway.
 * After each day both databases get a plain VACUUM, as autovacuum would
 * between daily runs (the bench's server has it off): space that a day's
 * deletes and updates left is reused, not counted again.
 */
import type { Knex } from 'knex';
import { performance } from 'node:perf_hooks';
import type { CompiledModel } from '../../../plugins/flexinfra-common/src';
import type { CatalogReader } from '../../../plugins/flexinfra-backend/src/catalog/CatalogReader';
import type { BenchBackend } from '../benchBackend';
import {
  connect,
  recreateDatabase,
  dropDatabase,
  tablesSize,
} from '../postgres';
import { createRefreshTask, type FlexInfraDatabase } from '../refreshRunner';
import { round } from '../measure';
import { retrieveFacts } from './techInsightsClient';
import { TECH_INSIGHTS_DATABASE } from './techInsightsBackend';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface StorageReport {
  days: number;
  flexinfra: {
    database: string;
    bytes: number;
    tables: Record<string, { bytes: number; rows: number }>;
    dailyRefreshMs: number[];
  };
  techInsights: {
    database: string;
    bytes: number;
    tables: Record<string, { bytes: number; rows: number }>;
    dailyRetrievalMs: number[];
  };
  ratio: number;
}

export async function storagePhase(options: {
  backend: BenchBackend;
  sizeName: string;
  model: CompiledModel;
  reader: () => CatalogReader;
  retention: Parameters<typeof createRefreshTask>[0]['retention'];
  retrieverIds: string[];
  /** Days the peer's facts were already retrieved (the time-to-results run). */
  peerDaysDone: number;
  days: number;
  log: (line: string) => void;
}): Promise<StorageReport> {
  const { backend, days, log } = options;
  const name = `flexinfra_bench_plugin_${options.sizeName}_days`;
  await recreateDatabase(name);
  const knex: Knex = connect(name);
  const database: FlexInfraDatabase = {
    engine: 'pg',
    description: `PostgreSQL database ${name}`,
    knex,
    service: { getClient: async () => knex },
    close: () => knex.destroy(),
  };
  try {
    const start = Date.now();
    let day = 0;
    const task = await createRefreshTask({
      plugin: backend.plugin,
      database,
      model: options.model,
      reader: options.reader(),
      retention: options.retention,
      stages: {},
      now: () => new Date(start + day * DAY_MS),
    });
    const dailyRefreshMs: number[] = [];
    for (day = 0; day < days; day++) {
      const t = performance.now();
      const run = await task.run('schedule');
      if (run.status !== 'succeeded') {
        throw new Error(`day ${day + 1}: refresh ${run.status}: ${run.error}`);
      }
      dailyRefreshMs.push(round(performance.now() - t, 0));
      await knex.raw('VACUUM');
    }
    log(
      `  FlexInfra: ${days} daily refreshes, ${(
        dailyRefreshMs.reduce((a, b) => a + b, 0) / 1000
      ).toFixed(1)} s in all`,
    );

    const dailyRetrievalMs: number[] = [];
    const peerKnex = connect(TECH_INSIGHTS_DATABASE);
    try {
      for (let d = options.peerDaysDone; d < days; d++) {
        const timing = await retrieveFacts(backend, options.retrieverIds);
        dailyRetrievalMs.push(round(timing.wallMs, 0));
        await peerKnex.raw('VACUUM');
      }
    } finally {
      await peerKnex.destroy();
    }
    log(
      `  Tech Insights: ${
        days - options.peerDaysDone
      } more daily retrievals, ${(
        dailyRetrievalMs.reduce((a, b) => a + b, 0) / 1000
      ).toFixed(1)} s in all`,
    );

    const ours = await tablesSize(knex);
    const sizeKnex = connect(TECH_INSIGHTS_DATABASE);
    let theirs;
    try {
      theirs = await tablesSize(sizeKnex);
    } finally {
      await sizeKnex.destroy();
    }
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    log(
      `  after ${days} days: FlexInfra ${mb(ours.bytes)} MB, Tech Insights ${mb(
        theirs.bytes,
      )} MB (facts: ${theirs.tables.facts?.rows ?? 0} rows)`,
    );
    return {
      days,
      flexinfra: {
        database: name,
        bytes: ours.bytes,
        tables: ours.tables,
        dailyRefreshMs,
      },
      techInsights: {
        database: TECH_INSIGHTS_DATABASE,
        bytes: theirs.bytes,
        tables: theirs.tables,
        dailyRetrievalMs,
      },
      ratio: round(theirs.bytes / ours.bytes, 2),
    };
  } finally {
    await database.close();
    await dropDatabase(name);
  }
}
