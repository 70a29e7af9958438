import { Knex } from 'knex';
import type {
  ResultFilters,
  SummaryAggregate,
  SummaryGroup,
  SummaryGroupBy,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { TABLES, toNullableNumber, toNumber } from './rows';

/**
 * Everything a summary can be grouped by, in the order snapshots are written.
 *
 * @internal
 */
export const GROUP_BY_VALUES = [
  'owner',
  'system',
  'domain',
  'kind',
  'type',
  'lifecycle',
] as const satisfies readonly SummaryGroupBy[];

/** The `flexinfra_results` column each non-owner grouping uses. */
const GROUP_COLUMNS: Record<Exclude<SummaryGroupBy, 'owner'>, string> = {
  system: 'system_ref',
  domain: 'domain_ref',
  kind: 'kind',
  type: 'type',
  lifecycle: 'lifecycle',
};

/** The filters that match a column of `flexinfra_results` directly. */
const COLUMN_FILTERS = [
  ['kind', 'kind'],
  ['type', 'type'],
  ['lifecycle', 'lifecycle'],
  ['system', 'system_ref'],
  ['domain', 'domain_ref'],
] as const;

/**
 * The aggregate columns of a summary row, as a query (or a snapshot row)
 * returns them.
 *
 * @internal
 */
export type AggregateRow = {
  entities: number | string | null;
  invalid: number | string | null;
  stage_1: number | string | null;
  stage_2: number | string | null;
  stage_3: number | string | null;
  stage_4: number | string | null;
  stage_5: number | string | null;
  average_score: number | string | null;
  average_dora_score: number | string | null;
  at_target: number | string | null;
};

/** @internal */
export type GroupRow = AggregateRow & { key: string | null };

/**
 * Restricts a query over `flexinfra_results` (aliased `r`) to the filtered
 * results. Each filter is an OR-list of values; an empty or missing list
 * does not filter. The owner filter matches results owned by the given
 * owners or by any group below them.
 *
 * @internal
 */
export function applyFilters(
  db: Knex,
  query: Knex.QueryBuilder,
  filters: ResultFilters,
): Knex.QueryBuilder {
  for (const [filter, column] of COLUMN_FILTERS) {
    const values = filters[filter];
    if (values?.length) {
      query.whereIn(`r.${column}`, values);
    }
  }
  const owners = filters.owner;
  if (owners?.length) {
    query.where(q =>
      q
        .whereIn('r.owner_ref', owners)
        .orWhereIn('r.owner_ref', ownerMembers(db, owners)),
    );
  }
  return query;
}

/** A subquery of every member (the owners themselves included) of these owners. */
function ownerMembers(db: Knex, owners: string[]): Knex.QueryBuilder {
  return db(TABLES.owners).select('member_ref').whereIn('ancestor_ref', owners);
}

/** The aggregate columns over `flexinfra_results` aliased `r`. */
function aggregateColumns(db: Knex, targetStage: number): Knex.Raw[] {
  const scored = "r.outcome = 'scored'";
  const count = (condition: string, alias: string) =>
    db.raw(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS ${alias}`);
  return [
    count(scored, 'entities'),
    count("r.outcome = 'invalid'", 'invalid'),
    ...[1, 2, 3, 4, 5].map(stage =>
      count(`${scored} AND r.stage = ${stage}`, `stage_${stage}`),
    ),
    db.raw(`AVG(CASE WHEN ${scored} THEN r.score END) AS average_score`),
    db.raw(
      `AVG(CASE WHEN ${scored} THEN r.dora_score END) AS average_dora_score`,
    ),
    db.raw(
      `SUM(CASE WHEN ${scored} AND r.stage >= ? THEN 1 ELSE 0 END) AS at_target`,
      [targetStage],
    ),
  ];
}

/**
 * The aggregate over all filtered results.
 *
 * @internal
 */
export async function queryTotal(
  db: Knex,
  filters: ResultFilters,
  targetStage: number,
): Promise<AggregateRow> {
  const query = db({ r: TABLES.results }).select(
    aggregateColumns(db, targetStage),
  );
  const [row] = await applyFilters(db, query, filters);
  return row;
}

/**
 * The aggregates of the filtered results per group.
 *
 * Grouped by owner, a result counts towards its owner and every group above
 * it (a department's row covers all its teams); with an owner filter, only
 * the filtered owners and the groups below them get rows. Results without a
 * value for the grouping fall into the group with key null.
 *
 * @internal
 */
export async function queryGroups(
  db: Knex,
  groupBy: SummaryGroupBy,
  filters: ResultFilters,
  targetStage: number,
): Promise<GroupRow[]> {
  const aggregates = aggregateColumns(db, targetStage);
  if (groupBy !== 'owner') {
    const column = `r.${GROUP_COLUMNS[groupBy]}`;
    const query = db({ r: TABLES.results })
      .select({ key: column })
      .select(aggregates)
      .groupBy(column);
    return await applyFilters(db, query, filters);
  }

  const query = db({ r: TABLES.results })
    .leftJoin({ o: TABLES.owners }, 'o.member_ref', 'r.owner_ref')
    .select({ key: 'o.ancestor_ref' })
    .select(aggregates)
    .groupBy('o.ancestor_ref');
  applyFilters(db, query, filters);
  const owners = filters.owner;
  if (owners?.length) {
    query.where(q =>
      q
        .whereIn('o.ancestor_ref', owners)
        .orWhereIn('o.ancestor_ref', ownerMembers(db, owners)),
    );
  }
  return await query;
}

/**
 * Each group's parent group (its depth-1 ancestor), by group ref.
 *
 * @internal
 */
export async function queryParentKeys(db: Knex): Promise<Map<string, string>> {
  const rows: Array<{ member_ref: string; ancestor_ref: string }> = await db(
    TABLES.owners,
  )
    .select('member_ref', 'ancestor_ref')
    .where({ depth: 1 });
  return new Map(rows.map(row => [row.member_ref, row.ancestor_ref]));
}

/**
 * The trend of each group (by snapshot group key, '' for null): the latest
 * snapshot on or before `trendDays` before `today`, else the oldest one
 * after that and before today.
 *
 * @internal
 */
export async function queryTrends(
  db: Knex,
  groupBy: SummaryGroupBy,
  today: string,
  trendDays: number,
): Promise<Map<string, NonNullable<SummaryGroup['trend']>>> {
  const cutoff = addDays(today, -trendDays);
  const snapshotsOn = async (days: Knex.QueryBuilder) =>
    (await db({ s: TABLES.snapshots })
      .join(days.as('d'), join =>
        join.on('s.group_key', 'd.group_key').andOn('s.day', 'd.day'),
      )
      .where('s.group_by', groupBy)
      .select('s.*')) as Array<
      AggregateRow & { day: string; group_key: string }
    >;
  const days = () =>
    db(TABLES.snapshots)
      .select('group_key')
      .where({ group_by: groupBy })
      .groupBy('group_key');

  const [before, after] = await Promise.all([
    snapshotsOn(days().max({ day: 'day' }).where('day', '<=', cutoff)),
    snapshotsOn(
      days()
        .min({ day: 'day' })
        .where('day', '>', cutoff)
        .where('day', '<', today),
    ),
  ]);

  const trends = new Map<string, NonNullable<SummaryGroup['trend']>>();
  for (const row of [...after, ...before]) {
    // Rows of `before` come last, so they win where a group has both.
    const aggregate = rowToAggregate(row);
    trends.set(row.group_key, {
      since: row.day,
      averageScore: aggregate.averageScore,
      atTargetShare: aggregate.atTargetShare,
    });
  }
  return trends;
}

/**
 * A summary or snapshot row as a {@link SummaryAggregate}, averages rounded
 * to one decimal and the share at target to three.
 *
 * @internal
 */
export function rowToAggregate(row: AggregateRow): SummaryAggregate {
  const entities = toNumber(row.entities);
  const atTarget = toNumber(row.at_target);
  const averageScore = toNullableNumber(row.average_score);
  const averageDoraScore = toNullableNumber(row.average_dora_score);
  return {
    entities,
    invalid: toNumber(row.invalid),
    stages: {
      '1': toNumber(row.stage_1),
      '2': toNumber(row.stage_2),
      '3': toNumber(row.stage_3),
      '4': toNumber(row.stage_4),
      '5': toNumber(row.stage_5),
    },
    averageScore: averageScore === null ? null : round(averageScore, 1),
    averageDoraScore:
      averageDoraScore === null ? null : round(averageDoraScore, 1),
    atTarget,
    atTargetShare: entities > 0 ? round(atTarget / entities, 3) : null,
  };
}

/**
 * The snapshot columns of a summary row.
 *
 * @internal
 */
export function rowToSnapshotColumns(row: AggregateRow) {
  return {
    entities: toNumber(row.entities),
    invalid: toNumber(row.invalid),
    stage_1: toNumber(row.stage_1),
    stage_2: toNumber(row.stage_2),
    stage_3: toNumber(row.stage_3),
    stage_4: toNumber(row.stage_4),
    stage_5: toNumber(row.stage_5),
    average_score: toNullableNumber(row.average_score),
    average_dora_score: toNullableNumber(row.average_dora_score),
    at_target: toNumber(row.at_target),
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The day `days` days after `day` (both YYYY-MM-DD, UTC).
 *
 * @internal
 */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (both YYYY-MM-DD, UTC); negative when `to`
 * is earlier.
 *
 * @internal
 */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) /
      86_400_000,
  );
}
