import type { HistorySince } from './historyQueries';
import type { StoredWaiver } from './waiverQueries';
import type {
  CheckEntitiesPage,
  CheckStatistics,
  EntityScorecard,
  EntitySummary,
  ResultFilters,
  ScorecardCheck,
  ScorecardHistoryEntry,
  SummaryAggregate,
  SummaryGroup,
  SummaryGroupBy,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * What a refresh knows of an entity's stored result before rescoring it:
 * enough to skip an unchanged entity and to tell whether a new result differs.
 *
 * @internal
 */
export interface StoredResultDigest {
  entityRef: string;
  /** Hash of everything the result was computed from (entity, related entities, facts, model version). */
  inputHash: string;
  /** Hash of the result itself (outcome, stage, score, check statuses). */
  resultDigest: string;
  /** Check statuses by check id, to record which changed. */
  checkStatuses: Record<string, string>;
}

/**
 * A check's outcome as stored: what the model says of the check (title,
 * remediation, template, …) is added when it is served, so it is not
 * repeated in every stored result.
 *
 * @internal
 */
export interface StoredCheckResult {
  id: string;
  status: ScorecardCheck['status'];
  message: string;
  waiver: ScorecardCheck['waiver'];
  /** Left out when empty (failing checks), to keep stored results lean. */
  evidence?: ScorecardCheck['evidence'];
}

/**
 * A scorecard as stored, with lean checks.
 *
 * @internal
 */
export type StoredScorecard = Omit<
  EntityScorecard,
  'computedAt' | 'changedAt' | 'checks'
> & { checks: StoredCheckResult[] };

/**
 * One entity's new result, staged by a refresh run and made visible only
 * when the run commits.
 *
 * @internal
 */
export interface StagedResult {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  type: string | null;
  lifecycle: string | null;
  ownerRef: string | null;
  systemRef: string | null;
  domainRef: string | null;
  outcome: 'scored' | 'invalid';
  stage: number | null;
  score: number | null;
  doraScore: number | null;
  /** The scorecard to serve, with lean checks (computedAt/changedAt are set by the store). */
  scorecard: StoredScorecard;
  /** Status per applicable check (not-applicable ones left out). */
  checkStatuses: Record<string, 'pass' | 'fail' | 'waived'>;
  inputHash: string;
  resultDigest: string;
  modelVersion: string;
  /**
   * True when the result differs from the stored one (or there was none):
   * the commit writes a history entry and moves changedAt.
   */
  changed: boolean;
  /** The checks whose status changed, for the history entry. */
  changes: ScorecardHistoryEntry['changes'];
}

/**
 * An entity that needs no new result but was seen by the run, with its
 * input hash unchanged. (Only the ref is kept; unchanged rows are not
 * rewritten.)
 *
 * @internal
 */
export type SeenRef = string;

/**
 * A group in the catalog's group tree (for owner rollups).
 *
 * @internal
 */
export interface OwnerNode {
  ref: string;
  parentRef: string | null;
  title: string | null;
}

/** What the last committed refresh read of one entity (change detection). */
export interface EntityInput {
  /** The catalog's metadata.etag when it was read in full; null without one. */
  etag: string | null;
  /** Read in full by every refresh, whatever its etag. */
  recheck: boolean;
}

/** What a running refresh read of one entity, scored or not. */
export interface StagedEntityInput extends EntityInput {
  entityRef: string;
  /**
   * The entities it was scored with: a change to any of them rescores it
   * (its dependsOn targets; its system, whose domain places it).
   */
  scoredWith: string[];
}

/**
 * What a run's commit writes in one transaction.
 *
 * @internal
 */
export interface CommitRunOptions {
  runId: number;
  /** Every entity ref the run saw in the catalog (scored, invalid or unchanged). Results of any other entity are removed. */
  seenRefs: ReadonlySet<string>;
  /** The group tree, replacing the stored one. */
  owners: OwnerNode[];
  /** The stage counted as "at target" in snapshots. */
  targetStage: number;
  /**
   * The day (YYYY-MM-DD, UTC) the committed results stand for. A day's
   * snapshot records how it ended: the first commit of a later day writes
   * it, before changing anything.
   */
  snapshotDay: string;
  /** The run's counters written when it is marked succeeded. */
  entitiesSeen: number;
  /**
   * The staged entity inputs to commit: after a full read, every entity not
   * staged is gone; after a read of changes, `removedRefs` are. Left out,
   * the committed inputs stay as they are.
   */
  inputs?: { mode: 'full' } | { mode: 'changes'; removedRefs: string[] };
}

/** @internal */
export interface CommitRunResult {
  written: number;
  removed: number;
  historyRows: number;
}

/**
 * A stored result as the export lists it.
 *
 * @internal
 */
export type ListedResult = Pick<
  StagedResult,
  | 'entityRef'
  | 'kind'
  | 'namespace'
  | 'name'
  | 'title'
  | 'type'
  | 'lifecycle'
  | 'ownerRef'
  | 'systemRef'
  | 'domainRef'
  | 'outcome'
  | 'stage'
  | 'score'
  | 'doraScore'
  | 'modelVersion'
> & {
  /** Ids of the checks that fail. */
  failingChecks: string[];
  /** When the result was computed (ISO 8601). */
  computedAt: string;
};

/**
 * Query options for summaries.
 *
 * @internal
 */
export interface SummaryQuery {
  groupBy: SummaryGroupBy;
  filters: ResultFilters;
  targetStage: number;
  /** Compare with the snapshot this many days back. */
  trendDays: number;
  /** Today (YYYY-MM-DD, UTC), the day trendDays is counted back from. */
  today: string;
}

/**
 * Stores entity results, their history, owner trees and daily snapshots.
 *
 * @internal
 */
export interface ResultStore {
  /** Stored digests for these refs (refs without a result are left out). */
  getDigests(entityRefs: string[]): Promise<Map<string, StoredResultDigest>>;

  /** Stages new results of a running run. Invisible to readers until commitRun. */
  stageResults(runId: number, results: StagedResult[]): Promise<void>;

  /**
   * Makes a run's staged results visible in one transaction: writes the
   * closing snapshot of the previous results' day when this run's day is
   * later, upserts results and check statuses, writes history entries for
   * changed results (at most one per entity and run), removes results of
   * entities not seen, brings the owner tree up to date (writing only the
   * rows that changed), deletes the staged rows.
   */
  commitRun(options: CommitRunOptions): Promise<CommitRunResult>;

  /** Deletes a run's staged rows (after a failure). */
  discardRun(runId: number): Promise<void>;

  /** Every entity input the last committed refresh left, by entity ref. */
  getEntityInputs(): Promise<Map<string, EntityInput>>;

  /** The entities scored with any of these refs. */
  getDependents(targetRefs: string[]): Promise<string[]>;

  /** Stages what a run read of some entities, committed with its results. */
  stageEntityInputs(runId: number, inputs: StagedEntityInput[]): Promise<void>;

  getScorecard(
    entityRef: string,
  ): Promise<
    | (StoredScorecard & Pick<EntityScorecard, 'computedAt' | 'changedAt'>)
    | undefined
  >;

  getHistory(
    entityRef: string,
    options: { limit: number },
  ): Promise<ScorecardHistoryEntry[]>;

  /**
   * The history of these entities from `since` on, oldest first, each with
   * its last entry before `since` (refs without any history are left out).
   */
  getHistorySince(
    entityRefs: readonly string[],
    since: Date,
  ): Promise<Map<string, HistorySince>>;

  getSummary(query: SummaryQuery): Promise<{
    total: SummaryAggregate;
    groups: SummaryGroup[];
  }>;

  /** Pass/fail/waived counts per check, over the filtered results. */
  getCheckStatistics(
    filters: ResultFilters,
  ): Promise<Array<Omit<CheckStatistics, 'title'>>>;

  /** A page of entities with this status for this check, ordered by ref. */
  getCheckEntities(options: {
    checkId: string;
    status: 'pass' | 'fail' | 'waived';
    filters: ResultFilters;
    limit: number;
    /** Return refs after this one. */
    after?: string;
  }): Promise<Omit<CheckEntitiesPage, 'checkId' | 'status'>>;

  /**
   * Pages through every stored result (scored and invalid), ordered by ref;
   * with `entityRefs`, only those entities' results.
   */
  listResults(options: {
    filters: ResultFilters;
    limit: number;
    after?: string;
    entityRefs?: string[];
  }): Promise<ListedResult[]>;

  /**
   * Scored entities matching the filters, lowest score first (ties by ref),
   * after the given position: the worst entities of a team, system, ….
   */
  listByScore(options: {
    filters: ResultFilters;
    limit: number;
    after?: { score: number; entityRef: string };
  }): Promise<EntitySummary[]>;

  /** The active waivers of the filtered results, of one check or all. */
  getWaivers(options: {
    filters: ResultFilters;
    checkId?: string;
  }): Promise<StoredWaiver[]>;

  /** Each group's parent group, by group ref. */
  getParentGroups(): Promise<Map<string, string>>;

  /** Counts of stored results by outcome. */
  countResults(): Promise<{ scored: number; invalid: number }>;

  /** Deletes history entries and snapshots older than these days. */
  applyRetention(options: {
    historyDays: number;
    snapshotDays: number;
    now: Date;
  }): Promise<{ historyRows: number; snapshotRows: number }>;
}
