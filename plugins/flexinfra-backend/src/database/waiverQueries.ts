import type {
  ResultFilters,
  ScorecardCheck,
  WaiverItem,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { Knex } from 'knex';
import { applyFilters } from './summaryQueries';
import { TABLES } from './rows';

/**
 * An active waiver as stored: a waived check of a stored result, with the
 * waiver its scorecard recorded.
 *
 * @internal
 */
export type StoredWaiver = Omit<WaiverItem, 'expiresInDays'>;

/**
 * The active waivers of the filtered results, from their check rows (status
 * `waived`) and the waiver each stored scorecard recorded.
 *
 * @internal
 */
export async function readWaivers(
  db: Knex,
  options: { filters: ResultFilters; checkId?: string },
): Promise<StoredWaiver[]> {
  const query = db({ r: TABLES.results })
    .select('r.entity_ref', 'r.title', 'r.owner_ref', 'r.scorecard')
    .whereExists(function waived() {
      this.select(db.raw('1'))
        .from({ c: TABLES.checks })
        .whereRaw('?? = ??', ['c.entity_ref', 'r.entity_ref'])
        .where('c.status', 'waived');
      if (options.checkId) {
        this.where('c.check_id', options.checkId);
      }
    })
    .orderBy('r.entity_ref');
  const rows: Array<{
    entity_ref: string;
    title: string | null;
    owner_ref: string | null;
    scorecard: string;
  }> = await applyFilters(db, query, options.filters);

  const waivers: StoredWaiver[] = [];
  for (const row of rows) {
    const checks: ScorecardCheck[] = JSON.parse(row.scorecard).checks ?? [];
    for (const check of checks) {
      if (
        check.status !== 'waived' ||
        !check.waiver ||
        (options.checkId && check.id !== options.checkId)
      ) {
        continue;
      }
      waivers.push({
        entityRef: row.entity_ref,
        title: row.title,
        ownerRef: row.owner_ref,
        checkId: check.id,
        checkTitle: check.title,
        reason: check.waiver.reason,
        expires: check.waiver.expires,
      });
    }
  }
  return waivers;
}
