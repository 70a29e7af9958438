import { Knex } from 'knex';
import type { StagedResult } from './ResultStore';

/**
 * The tables of the plugin's database.
 *
 * @internal
 */
export const TABLES = {
  runs: 'flexinfra_refresh_runs',
  results: 'flexinfra_results',
  checks: 'flexinfra_check_results',
  history: 'flexinfra_history',
  staged: 'flexinfra_staged_results',
  owners: 'flexinfra_owners',
  snapshots: 'flexinfra_snapshots',
  inputs: 'flexinfra_entity_inputs',
  dependencies: 'flexinfra_entity_dependencies',
  stagedInputs: 'flexinfra_staged_inputs',
  stagedDependencies: 'flexinfra_staged_dependencies',
} as const;

/**
 * A timestamp as the drivers return it: pg gives a Date, better-sqlite3
 * stores a bound Date as epoch milliseconds and gives that number back.
 *
 * @internal
 */
export type Timestamp = Date | number | string;

/** @internal */
export type ResultRow = {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  type: string | null;
  lifecycle: string | null;
  owner_ref: string | null;
  system_ref: string | null;
  domain_ref: string | null;
  outcome: 'scored' | 'invalid';
  stage: number | null;
  score: number | null;
  dora_score: number | null;
  scorecard: string;
  input_hash: string;
  result_digest: string;
  check_statuses: string;
  model_version: string;
  computed_at: Timestamp;
  changed_at: Timestamp;
  run_id: number;
};

/** @internal */
export type HistoryRow = {
  entity_ref: string;
  run_id: number;
  recorded_at: Timestamp;
  outcome: 'scored' | 'invalid' | 'removed';
  stage: number | null;
  score: number | null;
  dora_score: number | null;
  model_version: string;
  changes: string;
};

/**
 * The columns a result is staged with and committed from, in the order of
 * StagedRow below: everything of `flexinfra_results` but the commit's own
 * (computed_at, changed_at, run_id).
 *
 * @internal
 */
export const STAGED_RESULT_COLUMNS = [
  'entity_ref',
  'kind',
  'namespace',
  'name',
  'title',
  'type',
  'lifecycle',
  'owner_ref',
  'system_ref',
  'domain_ref',
  'outcome',
  'stage',
  'score',
  'dora_score',
  'scorecard',
  'input_hash',
  'result_digest',
  'check_statuses',
  'model_version',
] as const satisfies ReadonlyArray<keyof ResultRow>;

/**
 * A row of `flexinfra_staged_results`: the result in its committed shape,
 * with whether it changed and how.
 *
 * @internal
 */
export type StagedRow = Pick<
  ResultRow,
  (typeof STAGED_RESULT_COLUMNS)[number]
> & {
  run_id: number;
  changed: boolean;
  changes: string;
};

/**
 * The staged row of a result.
 *
 * @internal
 */
export function stagedToStagedRow(
  result: StagedResult,
  runId: number,
): StagedRow {
  return {
    run_id: runId,
    entity_ref: result.entityRef,
    kind: result.kind,
    namespace: result.namespace,
    name: result.name,
    title: result.title,
    type: result.type,
    lifecycle: result.lifecycle,
    owner_ref: result.ownerRef,
    system_ref: result.systemRef,
    domain_ref: result.domainRef,
    outcome: result.outcome,
    stage: result.stage,
    score: result.score,
    dora_score: result.doraScore,
    scorecard: JSON.stringify(result.scorecard),
    input_hash: result.inputHash,
    result_digest: result.resultDigest,
    check_statuses: JSON.stringify(result.checkStatuses),
    model_version: result.modelVersion,
    changed: result.changed,
    changes: JSON.stringify(result.changes ?? []),
  };
}

/**
 * Converts a timestamp column to an ISO 8601 string.
 *
 * @internal
 */
export function toIsoString(value: Timestamp): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`Unreadable timestamp: ${JSON.stringify(value)}`);
  }
  return date.toISOString();
}

/**
 * A nullable numeric column as a number: pg returns bigint and numeric
 * values (counts, sums) as strings.
 *
 * @internal
 */
export function toNumber(value: number | string | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** @internal */
export function toNullableNumber(
  value: number | string | null | undefined,
): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/**
 * The database driver: `pg`, `better-sqlite3`, …
 *
 * @internal
 */
export function driverOf(db: Knex): string | undefined {
  return (db.client as { driverName?: string }).driverName;
}

/**
 * How many variables one statement may bind on this database.
 *
 * - PostgreSQL: 65535 (the wire protocol counts them in 16 bits).
 * - better-sqlite3: 32766; it bundles its own SQLite, newer than 3.32.
 * - Anything else, e.g. the sqlite3 driver linked to an older system
 *   SQLite: 999, SQLite's limit before 3.32.
 */
function maxBindings(db: Knex): number {
  const driver = driverOf(db);
  if (driver === 'pg') {
    return 65_535;
  }
  if (driver === 'better-sqlite3') {
    return 32_766;
  }
  return 999;
}

/**
 * The most rows one INSERT carries: knex writes a multi-row INSERT on SQLite
 * as a compound SELECT, which SQLite caps at 500 terms; PostgreSQL takes
 * bigger batches, and fewer round trips make a refresh's commit faster.
 */
function maxRowsPerStatement(db: Knex): number {
  const driver = (db.client as { driverName?: string }).driverName;
  return driver === 'pg' ? 4000 : 500;
}

/**
 * How many rows of `columns` columns one INSERT may carry here.
 *
 * @internal
 */
export function rowsPerInsert(db: Knex, columns: number): number {
  return Math.max(
    1,
    Math.min(maxRowsPerStatement(db), Math.floor(maxBindings(db) / columns)),
  );
}

/**
 * How many values one `IN (...)` list may carry here (leaving room for the
 * statement's other bindings).
 *
 * @internal
 */
export function valuesPerList(db: Knex): number {
  return Math.min(1000, maxBindings(db) - 50);
}

/**
 * Splits `items` into arrays of at most `size` items.
 *
 * @internal
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

/**
 * Inserts rows in as few statements as the database allows.
 *
 * @internal
 */
export async function insertRows(
  db: Knex,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const size = rowsPerInsert(db, Object.keys(rows[0]).length);
  for (const part of chunk(rows, size)) {
    await db(table).insert(part);
  }
}
