/**
 * FlexInfra's refresh as the plugin wires it (plugin.ts), on a database of
 * the bench's choosing, and the floor it is measured against: the same
 * catalog reads with nothing done with what was read.
 */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseService } from '@backstage/backend-plugin-api';
import knexFactory, { type Knex } from 'knex';
import {
  refOf,
  relatedRefs,
  type CompiledModel,
  type RefreshRun,
} from '../../plugins/flexinfra-common/src';
import { CatalogReader } from '../../plugins/flexinfra-backend/src/catalog/CatalogReader';
import { catalogFieldsFor } from '../../plugins/flexinfra-backend/src/catalog/catalogFields';
import { readFlexInfraConfig } from '../../plugins/flexinfra-backend/src/config/readFlexInfraConfig';
import { DatabaseRefreshRunStore } from '../../plugins/flexinfra-backend/src/database/DatabaseRefreshRunStore';
import { DatabaseResultStore } from '../../plugins/flexinfra-backend/src/database/DatabaseResultStore';
import { loadModel } from '../../plugins/flexinfra-backend/src/model/loadModel';
import { RefreshTask } from '../../plugins/flexinfra-backend/src/refresh/RefreshTask';
import type { FlexInfraFactProvider } from '@flexinfra/backstage-plugin-flexinfra-node';
import type { PluginServices } from './benchBackend';
import { timed, type StageTimes } from './stageTimes';

export type EngineId = 'sqlite' | 'pg';

/** A FlexInfra database for the refresh: the plugin's own, or a SQLite file. */
export interface FlexInfraDatabase {
  engine: EngineId;
  description: string;
  knex: Knex;
  service: DatabaseService;
  close(): Promise<void>;
}

/** A fresh SQLite file (better-sqlite3, as Backstage's connector makes it). */
export function sqliteDatabase(name: string): FlexInfraDatabase {
  const dir = path.join(os.tmpdir(), 'flexinfra-bench');
  mkdirSync(dir, { recursive: true });
  const filename = path.join(dir, `${name}.sqlite`);
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    rmSync(`${filename}${suffix}`, { force: true });
  }
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  return {
    engine: 'sqlite',
    description: `SQLite file ${filename} (better-sqlite3)`,
    knex,
    service: { getClient: async () => knex },
    async close() {
      await knex.destroy();
      rmSync(filename, { force: true });
    },
  };
}

/** The FlexInfra plugin's own PostgreSQL database, as the backend made it. */
export async function pluginDatabase(
  plugin: PluginServices,
  name: string,
): Promise<FlexInfraDatabase> {
  const knex = await plugin.database.getClient();
  return {
    engine: 'pg',
    description: `PostgreSQL database ${name} (the plugin's, through the backend's database service)`,
    knex,
    service: plugin.database,
    async close() {},
  };
}

/** The model, kinds, fields and page size the plugin reads with this config. */
export function pluginSettings(plugin: PluginServices) {
  const settings = readFlexInfraConfig(plugin.config);
  const model = loadModel(plugin.config, []);
  return {
    settings,
    model,
    reader: () =>
      new CatalogReader({
        catalog: plugin.catalog,
        auth: plugin.auth,
        kinds: settings.refresh.kinds,
        fields: catalogFieldsFor(model.definition.checks),
        pageSize: settings.refresh.pageSize,
      }),
  };
}

export interface FloorResult {
  entities: number;
  pages: number;
  owners: number;
  systems: number;
  relatedRequested: number;
  relatedFound: number;
}

/**
 * Everything a refresh reads from the catalog, read the same way and thrown
 * away: the group tree, the systems' domains, every page of the scored kinds
 * with the same fields and page size, and each page's dependsOn targets by
 * ref. One page after another (the refresh overlaps reading the next page
 * with scoring the current one; there is nothing to overlap with here).
 */
export async function readLikeRefresh(
  reader: CatalogReader,
): Promise<FloorResult> {
  const owners = await reader.readOwners();
  const systems = await reader.readSystemDomains();
  const floor: FloorResult = {
    entities: 0,
    pages: 0,
    owners: owners.length,
    systems: systems.size,
    relatedRequested: 0,
    relatedFound: 0,
  };
  for await (const page of reader.pages()) {
    const refs = new Set<string>();
    for (const entity of page) {
      if (refOf(entity)) {
        relatedRefs(entity, 'dependsOn', 'dependsOn').forEach(ref =>
          refs.add(ref),
        );
      }
    }
    if (refs.size > 0) {
      floor.relatedRequested += refs.size;
      floor.relatedFound += (await reader.readByRefs([...refs])).length;
    }
    floor.entities += page.length;
    floor.pages += 1;
  }
  return floor;
}

/**
 * A RefreshTask as plugin.ts builds it, on `database`, with its reader and
 * stores timed into `stages` (see stageTimes.ts).
 */
export async function createRefreshTask(options: {
  plugin: PluginServices;
  database: FlexInfraDatabase;
  model: CompiledModel;
  reader: CatalogReader;
  retention: ReturnType<typeof readFlexInfraConfig>['retention'];
  stages: StageTimes;
  /** Fact providers, as plugin.ts passes them (none unless given). */
  factProviders?: FlexInfraFactProvider[];
  /** The refresh's clock (the system's unless given). */
  now?: () => Date;
}): Promise<RefreshTask> {
  const { plugin, database, model, reader, retention, stages } = options;
  const resultStore = await DatabaseResultStore.create({
    database: database.service,
    logger: plugin.logger,
  });
  const runStore = await DatabaseRefreshRunStore.create({
    database: database.service,
    logger: plugin.logger,
  });
  return new RefreshTask({
    reader: timed(reader, 'catalog', stages),
    model,
    resultStore: timed(resultStore, 'results', stages),
    runStore: timed(runStore, 'runs', stages),
    factProviders: options.factProviders ?? [],
    retention,
    logger: plugin.logger,
    now: options.now,
  });
}

export const COUNTED_TABLES = [
  'flexinfra_results',
  'flexinfra_check_results',
  'flexinfra_history',
  'flexinfra_snapshots',
  'flexinfra_owners',
  'flexinfra_staged_results',
] as const;

export async function countRows(
  knex: Knex,
): Promise<Record<(typeof COUNTED_TABLES)[number], number>> {
  const counts = {} as Record<(typeof COUNTED_TABLES)[number], number>;
  for (const table of COUNTED_TABLES) {
    const [row] = await knex(table).count({ n: '*' });
    counts[table] = Number((row as { n: number | string }).n);
  }
  return counts;
}

export function runCounters(run: RefreshRun) {
  return {
    id: run.id,
    status: run.status,
    error: run.error ?? null,
    entitiesSeen: run.entitiesSeen,
    entitiesScored: run.entitiesScored,
    entitiesChanged: run.entitiesChanged,
    entitiesRemoved: run.entitiesRemoved,
  };
}

/**
 * A counter of rows written (inserted, updated or deleted) to the FlexInfra
 * database. SQLite: total_changes() of knex's single better-sqlite3
 * connection. PostgreSQL: n_tup_ins + n_tup_upd + n_tup_del of the
 * flexinfra_* tables, read once every session has flushed its statistics
 * (a backend flushes at most once a second while busy and within 10 s of
 * going idle, hence the wait).
 */
export async function rowsWrittenCounter(
  database: FlexInfraDatabase,
): Promise<{ total: number; byTable?: Record<string, number>; how: string }> {
  if (database.engine === 'sqlite') {
    const [row] = await database.knex.raw('SELECT total_changes() AS n');
    return { total: Number(row.n), how: 'SQLite total_changes()' };
  }
  await new Promise(resolve => setTimeout(resolve, 11_000));
  await database.knex.raw('SELECT pg_stat_clear_snapshot()');
  const result = await database.knex.raw(
    `SELECT relname, n_tup_ins + n_tup_upd + n_tup_del AS n
     FROM pg_stat_user_tables WHERE relname LIKE 'flexinfra\\_%' ORDER BY relname`,
  );
  const byTable: Record<string, number> = {};
  let total = 0;
  for (const row of result.rows as Array<{ relname: string; n: string }>) {
    byTable[row.relname] = Number(row.n);
    total += Number(row.n);
  }
  return {
    total,
    byTable,
    how: 'PostgreSQL pg_stat_user_tables n_tup_ins + n_tup_upd + n_tup_del',
  };
}

/** What was written between two readings of rowsWrittenCounter. */
export function rowsWrittenBetween(
  before: Awaited<ReturnType<typeof rowsWrittenCounter>>,
  after: Awaited<ReturnType<typeof rowsWrittenCounter>>,
) {
  const byTable = after.byTable
    ? Object.fromEntries(
        Object.entries(after.byTable)
          .map(([table, n]) => [table, n - (before.byTable?.[table] ?? 0)])
          .filter(([, n]) => n !== 0),
      )
    : undefined;
  return { total: after.total - before.total, byTable, how: after.how };
}
