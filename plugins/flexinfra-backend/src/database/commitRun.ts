import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { commitStagedInputs } from './entityInputs';
import { commitOwners } from './commitOwners';
import { closeEarlierDay } from './commitSnapshots';
import type { CommitRunOptions, CommitRunResult } from './ResultStore';
import {
  chunk,
  driverOf,
  HistoryRow,
  rowsPerInsert,
  STAGED_RESULT_COLUMNS,
  TABLES,
  valuesPerList,
} from './rows';

/** The columns an upsert of an unchanged result leaves as they are. */
const KEPT_WHEN_UNCHANGED = new Set(['changed_at']);

/**
 * Commits a run's staged results inside the transaction `tx` (see
 * ResultStore.commitRun). The caller owns the transaction: any error thrown
 * here must roll it back.
 *
 * @internal
 */
export async function commitStagedRun(
  tx: Knex.Transaction,
  options: CommitRunOptions,
  now: Date,
): Promise<CommitRunResult> {
  const { runId } = options;
  await claimRun(tx, runId, now);
  await closeEarlierDay(tx, options);

  const staged = await writeStagedResults(tx, runId, now);
  // A staged result's entity was seen, whether or not the caller listed it.
  const removed = await removeUnseenResults(
    tx,
    runId,
    new Set([...options.seenRefs, ...staged.refs]),
    now,
  );
  if (options.inputs) {
    await commitStagedInputs(tx, runId, options.inputs);
  }
  await commitOwners(tx, options.owners);

  // This run's staged rows, and any left behind by runs that will never
  // commit (they failed, or their process died).
  await tx(TABLES.staged)
    .whereNotIn(
      'run_id',
      tx(TABLES.runs).select('id').where({ status: 'running' }),
    )
    .delete();

  const historyRows = staged.historyRows + removed.historyRows;
  await tx(TABLES.runs)
    .where({ id: runId })
    .update({
      entities_scored: staged.refs.length,
      entities_seen: options.entitiesSeen,
      entities_changed: historyRows,
      entities_removed: removed.count,
      read_mode: options.inputs?.mode ?? null,
      snapshot_day: options.snapshotDay,
    });
  return { written: staged.refs.length, removed: removed.count, historyRows };
}

/**
 * Marks the run succeeded, first thing: only a running run can be claimed,
 * so of two committers one fails here, and on PostgreSQL the row lock makes
 * the other wait until the first is done.
 */
async function claimRun(tx: Knex.Transaction, runId: number, now: Date) {
  const claimed = await tx(TABLES.runs)
    .where({ id: runId, status: 'running' })
    .update({ status: 'succeeded', finished_at: now, error: null });
  if (claimed === 0) {
    const run = await tx(TABLES.runs).select('status').where({ id: runId });
    if (run.length === 0) {
      throw new NotFoundError(`There is no FlexInfra refresh run ${runId}`);
    }
    throw new ConflictError(
      `FlexInfra refresh run ${runId} is not running (status ` +
        `'${run[0].status}'); only a running run can commit its results`,
    );
  }
}

/**
 * Moves the staged results into `flexinfra_results` with set-based SQL: an
 * upsert of the changed ones (changed_at is now), one of the unchanged ones
 * (changed_at stays; a result new to the table gets now), their check rows,
 * and a history row for each changed one.
 */
async function writeStagedResults(
  tx: Knex.Transaction,
  runId: number,
  now: Date,
): Promise<{ refs: string[]; historyRows: number }> {
  const columns = [
    ...STAGED_RESULT_COLUMNS,
    'computed_at',
    'changed_at',
    'run_id',
  ];
  const insertColumns = columns.map(() => '??').join(', ');
  const selected = [
    ...STAGED_RESULT_COLUMNS.map(() => '??'),
    '?',
    '?',
    'run_id',
  ].join(', ');
  // Before the upserts, which make every staged result a stored one.
  await writeCheckRows(tx, runId);
  for (const changed of [true, false]) {
    const updated = columns.filter(
      column =>
        column !== 'entity_ref' &&
        (changed || !KEPT_WHEN_UNCHANGED.has(column)),
    );
    // The WHERE clause also resolves SQLite's parsing ambiguity of an
    // INSERT … SELECT followed by ON CONFLICT.
    await tx.raw(
      `INSERT INTO ?? (${insertColumns})
       SELECT ${selected} FROM ?? WHERE run_id = ? AND changed = ?
       ON CONFLICT (entity_ref) DO UPDATE SET ${updated
         .map(() => '?? = excluded.??')
         .join(', ')}`,
      [
        TABLES.results,
        ...columns,
        ...STAGED_RESULT_COLUMNS,
        now,
        now,
        TABLES.staged,
        runId,
        changed,
        ...updated.flatMap(column => [column, column]),
      ],
    );
  }

  const stagedRefs = tx(TABLES.staged)
    .select('entity_ref')
    .where({ run_id: runId });

  // History rows to write: one per changed result, unless the entity has
  // one for this run already.
  const [{ n: historyRows }] = await tx(`${TABLES.staged} as s`)
    .where({ 's.run_id': runId, 's.changed': true })
    .whereNotExists(
      tx(`${TABLES.history} as h`)
        .select(tx.raw('1'))
        .whereRaw('h.entity_ref = s.entity_ref')
        .andWhereRaw('h.run_id = s.run_id'),
    )
    .count({ n: '*' });
  await tx.raw(
    `INSERT INTO ?? (entity_ref, run_id, recorded_at, outcome, stage, score,
       dora_score, model_version, changes)
     SELECT entity_ref, run_id, ?, outcome, stage, score, dora_score,
       model_version, changes
     FROM ?? WHERE run_id = ? AND changed = ?
     ON CONFLICT (entity_ref, run_id) DO NOTHING`,
    [TABLES.history, now, TABLES.staged, runId, true],
  );

  const refs: Array<{ entity_ref: string }> = await stagedRefs;
  return {
    refs: refs.map(row => row.entity_ref),
    historyRows: Number(historyRows),
  };
}

/**
 * Replaces the check rows of the staged results that changed or are new to
 * `flexinfra_results`: one row per entry of the staged check statuses (a
 * JSON object). An unchanged result has the digest, and so the check
 * statuses, of the stored one, whose check rows were written from them in
 * the same transaction: they stay.
 */
async function writeCheckRows(tx: Knex.Transaction, runId: number) {
  const rewritten = (query: Knex.QueryBuilder) =>
    query
      .where('s.run_id', runId)
      .where(q =>
        q
          .where('s.changed', true)
          .orWhereNotExists(
            tx(`${TABLES.results} as r`)
              .select(tx.raw('1'))
              .whereRaw('?? = ??', ['r.entity_ref', 's.entity_ref']),
          ),
      );
  await tx(TABLES.checks)
    .whereIn(
      'entity_ref',
      rewritten(tx(`${TABLES.staged} as s`).select('s.entity_ref')),
    )
    .delete();
  const eachStatus =
    driverOf(tx) === 'pg'
      ? 'jsonb_each_text(s.check_statuses::jsonb)'
      : 'json_each(s.check_statuses)';
  await tx
    .into(tx.raw('?? (check_id, status, entity_ref)', [TABLES.checks]))
    .insert(
      rewritten(
        tx(`${TABLES.staged} as s`)
          .joinRaw(`CROSS JOIN ${eachStatus} j`)
          .select('j.key', 'j.value', 's.entity_ref'),
      ),
    );
}

/**
 * Deletes the results (and checks) of entities not seen, each with a
 * 'removed' history row listing the checks it had.
 */
async function removeUnseenResults(
  tx: Knex.Transaction,
  runId: number,
  seenRefs: ReadonlySet<string>,
  now: Date,
): Promise<{ count: number; historyRows: number }> {
  // Refs only, read in pages of the primary key.
  const readPageSize = 10_000;
  const unseen: string[] = [];
  for (let after = ''; ; ) {
    const page: Array<{ entity_ref: string }> = await tx(TABLES.results)
      .select('entity_ref')
      .where('entity_ref', '>', after)
      .orderBy('entity_ref')
      .limit(readPageSize);
    if (page.length === 0) {
      break;
    }
    after = page[page.length - 1].entity_ref;
    unseen.push(
      ...page.map(row => row.entity_ref).filter(ref => !seenRefs.has(ref)),
    );
  }

  let historyRows = 0;
  for (const refs of chunk(unseen, valuesPerList(tx))) {
    const rows: Array<{
      entity_ref: string;
      model_version: string;
      check_statuses: string;
    }> = await tx(TABLES.results)
      .select('entity_ref', 'model_version', 'check_statuses')
      .whereIn('entity_ref', refs);
    historyRows += await insertHistory(
      tx,
      rows.map(row => ({
        entity_ref: row.entity_ref,
        run_id: runId,
        recorded_at: now,
        outcome: 'removed',
        stage: null,
        score: null,
        dora_score: null,
        model_version: row.model_version,
        changes: JSON.stringify(
          Object.entries(
            JSON.parse(row.check_statuses) as Record<string, string>,
          ).map(([id, from]) => ({ id, from, to: null })),
        ),
      })),
    );
    await tx(TABLES.checks).whereIn('entity_ref', refs).delete();
    await tx(TABLES.results).whereIn('entity_ref', refs).delete();
  }
  return { count: unseen.length, historyRows };
}

/**
 * Inserts history rows, skipping any entity that already has one for the
 * run, and returns how many were written.
 */
async function insertHistory(
  tx: Knex.Transaction,
  rows: HistoryRow[],
): Promise<number> {
  let written = 0;
  for (const part of chunk(rows, rowsPerInsert(tx, 9))) {
    const inserted = await tx(TABLES.history)
      .insert(part)
      .onConflict(['entity_ref', 'run_id'])
      .ignore()
      .returning('id');
    written += inserted.length;
  }
  return written;
}
