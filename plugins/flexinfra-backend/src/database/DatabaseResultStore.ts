import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type {
  CheckEntitiesPage,
  CheckStatistics,
  EntityScorecard,
  EntitySummary,
  ResultFilters,
  ScorecardHistoryEntry,
  SummaryAggregate,
  SummaryGroup,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { Knex } from 'knex';
import { migrateDatabase } from './migrateDatabase';
import { commitStagedRun } from './commitRun';
import { readWaivers, type StoredWaiver } from './waiverQueries';
import {
  readHistorySince,
  toHistoryEntry,
  type HistorySince,
} from './historyQueries';
import {
  discardStagedInputs,
  readDependents,
  readEntityInputs,
  stageEntityInputs,
} from './entityInputs';
import type {
  CommitRunOptions,
  CommitRunResult,
  EntityInput,
  StagedEntityInput,
  ListedResult,
  ResultStore,
  StagedResult,
  StoredResultDigest,
  StoredScorecard,
  SummaryQuery,
} from './ResultStore';
import {
  chunk,
  HistoryRow,
  ResultRow,
  rowsPerInsert,
  stagedToStagedRow,
  TABLES,
  toIsoString,
  toNullableNumber,
  toNumber,
  valuesPerList,
} from './rows';
import {
  applyFilters,
  queryGroups,
  queryParentKeys,
  queryTotal,
  queryTrends,
  rowToAggregate,
} from './summaryQueries';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The {@link ResultStore} backed by the plugin's database (PostgreSQL or
 * SQLite).
 *
 * @internal
 */
export class DatabaseResultStore implements ResultStore {
  /**
   * Connects to the plugin's database and, unless the backend is configured
   * to skip migrations, brings its schema up to date.
   */
  static async create(options: {
    database: DatabaseService;
    logger?: LoggerService;
    /** The clock; defaults to the system time. Tests pass their own. */
    now?: () => Date;
  }): Promise<DatabaseResultStore> {
    const { database, logger, now = () => new Date() } = options;
    const db = await migrateDatabase(database, logger);
    return new DatabaseResultStore(db, now);
  }

  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  async getDigests(
    entityRefs: string[],
  ): Promise<Map<string, StoredResultDigest>> {
    const digests = new Map<string, StoredResultDigest>();
    for (const refs of chunk(
      [...new Set(entityRefs)],
      valuesPerList(this.db),
    )) {
      const rows: Array<
        Pick<
          ResultRow,
          'entity_ref' | 'input_hash' | 'result_digest' | 'check_statuses'
        >
      > = await this.db(TABLES.results)
        .select('entity_ref', 'input_hash', 'result_digest', 'check_statuses')
        .whereIn('entity_ref', refs);
      for (const row of rows) {
        digests.set(row.entity_ref, {
          entityRef: row.entity_ref,
          inputHash: row.input_hash,
          resultDigest: row.result_digest,
          checkStatuses: JSON.parse(row.check_statuses),
        });
      }
    }
    return digests;
  }

  async stageResults(runId: number, results: StagedResult[]): Promise<void> {
    requireRunId(runId);
    // Staged twice in one call: the last one wins, as across calls.
    const latest = [
      ...new Map(results.map(result => [result.entityRef, result])).values(),
    ];
    const rows = latest.map(result => stagedToStagedRow(result, runId));
    if (rows.length === 0) {
      return;
    }
    // One transaction per call: a page is staged whole or not at all, and
    // SQLite syncs its file once, not once per statement.
    await this.db.transaction(async tx => {
      for (const part of chunk(
        rows,
        rowsPerInsert(tx, Object.keys(rows[0]).length),
      )) {
        await tx(TABLES.staged)
          .insert(part)
          .onConflict(['run_id', 'entity_ref'])
          .merge();
      }
    });
  }

  /**
   * @throws NotFoundError if there is no run with this id.
   * @throws ConflictError if the run is not running (it finished, or a
   * newer run interrupted it); nothing is written then.
   */
  async commitRun(options: CommitRunOptions): Promise<CommitRunResult> {
    requireRunId(options.runId);
    requireDay(options.snapshotDay, 'snapshotDay');
    const now = this.now();
    return await this.db.transaction(tx => commitStagedRun(tx, options, now));
  }

  async discardRun(runId: number): Promise<void> {
    requireRunId(runId);
    await this.db(TABLES.staged).where({ run_id: runId }).delete();
    await discardStagedInputs(this.db, runId);
  }

  async getEntityInputs(): Promise<Map<string, EntityInput>> {
    return readEntityInputs(this.db);
  }

  async getDependents(targetRefs: string[]): Promise<string[]> {
    return readDependents(this.db, targetRefs);
  }

  async stageEntityInputs(
    runId: number,
    inputs: StagedEntityInput[],
  ): Promise<void> {
    requireRunId(runId);
    await this.db.transaction(tx => stageEntityInputs(tx, runId, inputs));
  }

  async getScorecard(
    entityRef: string,
  ): Promise<
    | (StoredScorecard & Pick<EntityScorecard, 'computedAt' | 'changedAt'>)
    | undefined
  > {
    const row: Pick<ResultRow, 'scorecard' | 'computed_at' | 'changed_at'> =
      await this.db(TABLES.results)
        .select('scorecard', 'computed_at', 'changed_at')
        .where({ entity_ref: entityRef })
        .first();
    if (!row) {
      return undefined;
    }
    return {
      ...JSON.parse(row.scorecard),
      computedAt: toIsoString(row.computed_at),
      changedAt: toIsoString(row.changed_at),
    };
  }

  async getHistory(
    entityRef: string,
    options: { limit: number },
  ): Promise<ScorecardHistoryEntry[]> {
    const rows: HistoryRow[] = await this.db(TABLES.history)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'recorded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(requireLimit(options.limit));
    return rows.map(toHistoryEntry);
  }

  async getWaivers(options: {
    filters: ResultFilters;
    checkId?: string;
  }): Promise<StoredWaiver[]> {
    return readWaivers(this.db, options);
  }

  async getParentGroups(): Promise<Map<string, string>> {
    return queryParentKeys(this.db);
  }

  async getHistorySince(
    entityRefs: readonly string[],
    since: Date,
  ): Promise<Map<string, HistorySince>> {
    return readHistorySince(this.db, entityRefs, since);
  }

  /**
   * Trends come from the daily snapshots, which hold each group's aggregate
   * over all results: filters do not apply to them.
   */
  async getSummary(
    query: SummaryQuery,
  ): Promise<{ total: SummaryAggregate; groups: SummaryGroup[] }> {
    const { groupBy, filters, targetStage, trendDays, today } = query;
    requireDay(today, 'today');
    const [totalRow, groupRows, trends, parents] = await Promise.all([
      queryTotal(this.db, filters, targetStage),
      queryGroups(this.db, groupBy, filters, targetStage),
      queryTrends(this.db, groupBy, today, trendDays),
      groupBy === 'owner'
        ? queryParentKeys(this.db)
        : Promise.resolve(new Map<string, string>()),
    ]);
    const groups = groupRows.map(row => ({
      key: row.key,
      parentKey: (row.key !== null && parents.get(row.key)) || null,
      ...rowToAggregate(row),
      trend: trends.get(row.key ?? '') ?? null,
    }));
    groups.sort(byKey);
    return { total: rowToAggregate(totalRow), groups };
  }

  async getCheckStatistics(
    filters: ResultFilters,
  ): Promise<Array<Omit<CheckStatistics, 'title'>>> {
    const count = (status: string) =>
      this.db.raw(
        `SUM(CASE WHEN c.status = '${status}' THEN 1 ELSE 0 END) AS ${status}`,
      );
    const query = this.db({ c: TABLES.checks })
      .join({ r: TABLES.results }, 'r.entity_ref', 'c.entity_ref')
      .select('c.check_id')
      .select(count('pass'), count('fail'), count('waived'))
      .groupBy('c.check_id');
    const rows: Array<{
      check_id: string;
      pass: number | string | null;
      fail: number | string | null;
      waived: number | string | null;
    }> = await applyFilters(this.db, query, filters);
    return rows
      .map(row => ({
        checkId: row.check_id,
        pass: toNumber(row.pass),
        fail: toNumber(row.fail),
        waived: toNumber(row.waived),
      }))
      .sort((a, b) => b.fail - a.fail || compareStrings(a.checkId, b.checkId));
  }

  async getCheckEntities(options: {
    checkId: string;
    status: 'pass' | 'fail' | 'waived';
    filters: ResultFilters;
    limit: number;
    after?: string;
  }): Promise<Omit<CheckEntitiesPage, 'checkId' | 'status'>> {
    const limit = requireLimit(options.limit);
    const query = this.db({ c: TABLES.checks })
      .join({ r: TABLES.results }, 'r.entity_ref', 'c.entity_ref')
      .select(
        'c.entity_ref',
        'c.status',
        'r.title',
        'r.owner_ref',
        'r.stage',
        'r.score',
      )
      .where({ 'c.check_id': options.checkId, 'c.status': options.status })
      .orderBy('c.entity_ref')
      .limit(limit + 1);
    if (options.after !== undefined) {
      query.where('c.entity_ref', '>', options.after);
    }
    const rows: Array<{
      entity_ref: string;
      status: 'pass' | 'fail' | 'waived';
      title: string | null;
      owner_ref: string | null;
      stage: number | null;
      score: number | null;
    }> = await applyFilters(this.db, query, options.filters);
    const items = rows.slice(0, limit).map(row => ({
      entityRef: row.entity_ref,
      title: row.title,
      ownerRef: row.owner_ref,
      stage: toNullableNumber(row.stage),
      score: toNullableNumber(row.score),
      status: row.status,
    }));
    return {
      items,
      nextCursor:
        rows.length > limit ? items[items.length - 1].entityRef : null,
    };
  }

  async listResults(options: {
    filters: ResultFilters;
    limit: number;
    after?: string;
    entityRefs?: string[];
  }): Promise<ListedResult[]> {
    const query = this.db({ r: TABLES.results })
      .select(
        'r.entity_ref',
        'r.kind',
        'r.namespace',
        'r.name',
        'r.title',
        'r.type',
        'r.lifecycle',
        'r.owner_ref',
        'r.system_ref',
        'r.domain_ref',
        'r.outcome',
        'r.stage',
        'r.score',
        'r.dora_score',
        'r.model_version',
        'r.computed_at',
      )
      .orderBy('r.entity_ref')
      .limit(requireLimit(options.limit));
    if (options.after !== undefined) {
      query.where('r.entity_ref', '>', options.after);
    }
    if (options.entityRefs) {
      query.whereIn('r.entity_ref', options.entityRefs);
    }
    const rows: ResultRow[] = await applyFilters(
      this.db,
      query,
      options.filters,
    );

    const failing = new Map<string, string[]>();
    const refs = rows.map(row => row.entity_ref);
    for (const part of chunk(refs, valuesPerList(this.db))) {
      const checks: Array<{ entity_ref: string; check_id: string }> =
        await this.db(TABLES.checks)
          .select('entity_ref', 'check_id')
          .where({ status: 'fail' })
          .whereIn('entity_ref', part)
          .orderBy(['entity_ref', 'check_id']);
      for (const check of checks) {
        const list = failing.get(check.entity_ref) ?? [];
        list.push(check.check_id);
        failing.set(check.entity_ref, list);
      }
    }

    return rows.map(row => ({
      entityRef: row.entity_ref,
      kind: row.kind,
      namespace: row.namespace,
      name: row.name,
      title: row.title,
      type: row.type,
      lifecycle: row.lifecycle,
      ownerRef: row.owner_ref,
      systemRef: row.system_ref,
      domainRef: row.domain_ref,
      outcome: row.outcome,
      stage: toNullableNumber(row.stage),
      score: toNullableNumber(row.score),
      doraScore: toNullableNumber(row.dora_score),
      failingChecks: failing.get(row.entity_ref) ?? [],
      modelVersion: row.model_version,
      computedAt: toIsoString(row.computed_at),
    }));
  }

  async listByScore(options: {
    filters: ResultFilters;
    limit: number;
    after?: { score: number; entityRef: string };
  }): Promise<EntitySummary[]> {
    const query = this.db({ r: TABLES.results })
      .select(
        'r.entity_ref',
        'r.title',
        'r.owner_ref',
        'r.stage',
        'r.score',
        'r.dora_score',
      )
      .where('r.outcome', 'scored')
      .orderBy([
        { column: 'r.score', order: 'asc' },
        { column: 'r.entity_ref', order: 'asc' },
      ])
      .limit(requireLimit(options.limit));
    const { after } = options;
    if (after) {
      query.where(inner =>
        inner
          .where('r.score', '>', after.score)
          .orWhere(tie =>
            tie
              .where('r.score', '=', after.score)
              .andWhere('r.entity_ref', '>', after.entityRef),
          ),
      );
    }
    const rows: Array<
      Pick<
        ResultRow,
        'entity_ref' | 'title' | 'owner_ref' | 'stage' | 'score' | 'dora_score'
      >
    > = await applyFilters(this.db, query, options.filters);
    return rows.map(row => ({
      entityRef: row.entity_ref,
      title: row.title,
      ownerRef: row.owner_ref,
      stage: toNumber(row.stage),
      score: toNumber(row.score),
      doraScore: toNumber(row.dora_score),
    }));
  }

  async countResults(): Promise<{ scored: number; invalid: number }> {
    const rows: Array<{ outcome: string; count: number | string }> =
      await this.db(TABLES.results)
        .select('outcome')
        .count({ count: '*' })
        .groupBy('outcome');
    const count = (outcome: string) =>
      toNumber(rows.find(row => row.outcome === outcome)?.count);
    return { scored: count('scored'), invalid: count('invalid') };
  }

  async applyRetention(options: {
    historyDays: number;
    snapshotDays: number;
    now: Date;
  }): Promise<{ historyRows: number; snapshotRows: number }> {
    const { historyDays, snapshotDays, now } = options;
    for (const [name, days] of Object.entries({ historyDays, snapshotDays })) {
      if (!Number.isSafeInteger(days) || days < 0) {
        throw new InputError(
          `${name} must be a non-negative integer, got ${days}`,
        );
      }
    }
    const historyCutoff = new Date(now.getTime() - historyDays * 86_400_000);
    const snapshotCutoff = new Date(now.getTime() - snapshotDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const historyRows = await this.db(TABLES.history)
      .where('recorded_at', '<', historyCutoff)
      .delete();
    const snapshotRows = await this.db(TABLES.snapshots)
      .where('day', '<', snapshotCutoff)
      .delete();
    return { historyRows, snapshotRows };
  }
}

/** Orders groups by key, the null key last. */
function byKey(a: { key: string | null }, b: { key: string | null }): number {
  if (a.key === null || b.key === null) {
    return Number(a.key === null) - Number(b.key === null);
  }
  return compareStrings(a.key, b.key);
}

/** Code-unit order, as the keyset pagination's (locale-independent). */
function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

function requireRunId(runId: number) {
  if (!Number.isSafeInteger(runId)) {
    throw new InputError(`Refresh run id must be an integer, got ${runId}`);
  }
}

function requireDay(day: string, name: string) {
  if (typeof day !== 'string' || !DAY.test(day)) {
    throw new InputError(`${name} must be a day (YYYY-MM-DD), got ${day}`);
  }
}

function requireLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new InputError(`limit must be a positive integer, got ${limit}`);
  }
  return limit;
}
