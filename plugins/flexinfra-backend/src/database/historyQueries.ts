import type { ScorecardHistoryEntry } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { Knex } from 'knex';
import {
  chunk,
  type HistoryRow,
  TABLES,
  toIsoString,
  toNullableNumber,
  valuesPerList,
} from './rows';

/**
 * The history of some entities from a time on, oldest first, with the last
 * entry before it: what the entity was when the period began.
 *
 * @internal
 */
export type HistorySince = {
  before?: ScorecardHistoryEntry;
  entries: ScorecardHistoryEntry[];
};

/** @internal */
export async function readHistorySince(
  db: Knex,
  entityRefs: readonly string[],
  since: Date,
): Promise<Map<string, HistorySince>> {
  const found = new Map<string, HistorySince>();
  const of = (ref: string) => {
    let history = found.get(ref);
    if (!history) {
      history = { entries: [] };
      found.set(ref, history);
    }
    return history;
  };
  for (const refs of chunk([...new Set(entityRefs)], valuesPerList(db))) {
    const rows: HistoryRow[] = await db(TABLES.history)
      .whereIn('entity_ref', refs)
      .where('recorded_at', '>=', since)
      .orderBy([
        { column: 'recorded_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    rows.forEach(row => of(row.entity_ref).entries.push(toHistoryEntry(row)));

    const lastBefore: HistoryRow[] = await db
      .select('*')
      .from(
        db(TABLES.history)
          .select(
            '*',
            db.raw(
              'ROW_NUMBER() OVER (PARTITION BY entity_ref ORDER BY recorded_at DESC, id DESC) AS newest',
            ),
          )
          .whereIn('entity_ref', refs)
          .where('recorded_at', '<', since)
          .as('h'),
      )
      .where('newest', 1);
    lastBefore.forEach(row => {
      of(row.entity_ref).before = toHistoryEntry(row);
    });
  }
  return found;
}

/** @internal */
export function toHistoryEntry(row: HistoryRow): ScorecardHistoryEntry {
  return {
    recordedAt: toIsoString(row.recorded_at),
    outcome: row.outcome,
    stage: toNullableNumber(row.stage),
    score: toNullableNumber(row.score),
    doraScore: toNullableNumber(row.dora_score),
    modelVersion: row.model_version,
    changes: JSON.parse(row.changes),
  };
}
