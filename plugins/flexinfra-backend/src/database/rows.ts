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
 * The row of `flexinfra_results` a staged result becomes when committed.
 *
 * @internal
 */
export function stagedToResultRow(
  result: StagedResult,
  runId: number,
  now: Date,
): ResultRow {
  return {
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
    computed_at: now,
    changed_at: now,
    run_id: runId,
  };
}

/**
 * The history row a changed staged result writes.
 *
 * @internal
 */
export function stagedToHistoryRow(
  result: StagedResult,
  runId: number,
  now: Date,
): HistoryRow {
  return {
    entity_ref: result.entityRef,
    run_id: runId,
    recorded_at: now,
    outcome: result.outcome,
    stage: result.stage,
    score: result.score,
    dora_score: result.doraScore,
    model_version: result.modelVersion,
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
 * How many variables one statement may bind on this database.
 *
 * - PostgreSQL: 65535 (the wire protocol counts them in 16 bits).
 * - better-sqlite3: 32766; it bundles its own SQLite, newer than 3.32.
 * - Anything else, e.g. the sqlite3 driver linked to an older system
 *   SQLite: 999, SQLite's limit before 3.32.
 */
function maxBindings(db: Knex): number {
  const driver = (db.client as { driverName?: string }).driverName;
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
