import type { Knex } from 'knex';
import { insertRows, TABLES } from './rows';
import {
  GROUP_BY_VALUES,
  queryGroups,
  rowToSnapshotColumns,
} from './summaryQueries';

/**
 * Writes the closing snapshot of the day the stored results stand for, when
 * the committing run is of a later day: the first commit of a day records
 * how the previous one ended (or the last day a refresh committed, when
 * days passed without one), before it changes anything. Later commits of
 * the same day write no snapshot, so a refresh that changed 1% of the
 * results does not re-aggregate all of them.
 *
 * A day's snapshot is only read once the day is over (trends compare with
 * earlier days), so none is missing when it is wanted. Inside a commit's
 * transaction, after the run is claimed and before its results are written.
 *
 * @internal
 */
export async function closeEarlierDay(
  tx: Knex.Transaction,
  options: { runId: number; snapshotDay: string; targetStage: number },
): Promise<{ closedDay: string | null }> {
  const last: { snapshot_day: string | null } | undefined = await tx(
    TABLES.runs,
  )
    .select('snapshot_day')
    .where({ status: 'succeeded' })
    .whereNot({ id: options.runId })
    .whereNotNull('snapshot_day')
    .orderBy('id', 'desc')
    .first();
  const day = last?.snapshot_day ?? null;
  if (day === null || day >= options.snapshotDay) {
    return { closedDay: null };
  }
  await writeSnapshots(tx, day, options.targetStage);
  return { closedDay: day };
}

/** Replaces the day's snapshot rows of every grouping with the results' aggregates. */
async function writeSnapshots(
  tx: Knex.Transaction,
  day: string,
  targetStage: number,
) {
  for (const groupBy of GROUP_BY_VALUES) {
    const groups = await queryGroups(tx, groupBy, {}, targetStage);
    await tx(TABLES.snapshots).where({ day, group_by: groupBy }).delete();
    await insertRows(
      tx,
      TABLES.snapshots,
      groups.map(group => ({
        day,
        group_by: groupBy,
        group_key: group.key ?? '',
        ...rowToSnapshotColumns(group),
      })),
    );
  }
}
