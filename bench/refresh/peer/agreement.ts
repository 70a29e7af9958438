/**
 * Whether Tech Insights' translated checks answer as FlexInfra's did, for
 * every check that applies to an entity (FlexInfra's stored check rows):
 * proof that the two products did the same work before their times are
 * set side by side.
 */
import type { Knex } from 'knex';
import type { BulkCheckResult } from './techInsightsClient';

export interface Agreement {
  /** Entity × check pairs both answered. */
  compared: number;
  agreed: number;
  /** Waived in FlexInfra (Tech Insights has no waivers): counted apart. */
  waived: number;
  /** Pairs FlexInfra scored that Tech Insights did not answer. */
  missing: number;
  byCheck: Record<string, { compared: number; agreed: number }>;
  examples: string[];
}

export async function compareResults(
  knex: Knex,
  checkIds: string[],
  peer: BulkCheckResult[],
): Promise<Agreement> {
  const theirs = new Map<string, boolean>();
  for (const entity of peer) {
    for (const result of entity.results) {
      theirs.set(`${entity.entity}\t${result.check.id}`, result.result);
    }
  }
  const rows: Array<{ entity_ref: string; check_id: string; status: string }> =
    await knex('flexinfra_check_results')
      .whereIn('check_id', checkIds)
      .select('entity_ref', 'check_id', 'status');
  const agreement: Agreement = {
    compared: 0,
    agreed: 0,
    waived: 0,
    missing: 0,
    byCheck: {},
    examples: [],
  };
  for (const row of rows) {
    if (row.status === 'waived') {
      agreement.waived += 1;
      continue;
    }
    const answer = theirs.get(`${row.entity_ref}\t${row.check_id}`);
    if (answer === undefined) {
      agreement.missing += 1;
      continue;
    }
    const check = (agreement.byCheck[row.check_id] ??= {
      compared: 0,
      agreed: 0,
    });
    agreement.compared += 1;
    check.compared += 1;
    if (answer === (row.status === 'pass')) {
      agreement.agreed += 1;
      check.agreed += 1;
    } else if (agreement.examples.length < 5) {
      agreement.examples.push(
        `${row.entity_ref} ${row.check_id}: FlexInfra ${row.status}, Tech Insights ${answer}`,
      );
    }
  }
  return agreement;
}
