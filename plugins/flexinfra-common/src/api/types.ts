import type { Dimension } from '../model/dimensions';
import type { CheckDefinition } from '../model/schema';
import type { SourceDocument } from '../model/sources';
import type { CheckEvidence } from '../engine/types';
import type { DoraLevel } from '../model/dora';
import type { MaturityStage } from '../model/stages';

/**
 * The shapes of the FlexInfra backend's REST API (`/api/flexinfra`), shared by
 * the backend that serves them and the clients that read them.
 */

/**
 * The maturity model the backend scores against (`GET /model`).
 *
 * @public
 */
export interface FlexInfraModel {
  /** Content hash of the model; every scorecard carries the version it was scored with. */
  version: string;
  /** The stage the organisation aims for. */
  targetStage: number;
  /** The checks, with their evidence, remediation and template. */
  checks: CheckDefinition[];
  /** The five maturity stages, in ladder order. */
  stages: MaturityStage[];
  /** The dimensions a score is broken down into. */
  dimensions: Dimension[];
  /** DORA's 1–4 Flexible Infrastructure levels. */
  doraLevels: DoraLevel[];
  /** The documents checks cite in `sources`, by id. */
  sources: SourceDocument[];
}

/**
 * Where a refresh run stands.
 *
 * @public
 */
export type RefreshRunStatus = 'running' | 'succeeded' | 'failed';

/**
 * One pass of the backend that (re)scores the catalog's entities.
 *
 * Dates are ISO 8601 strings and missing values are `null` (which, unlike
 * `undefined`, survive JSON).
 *
 * @public
 */
export interface RefreshRun {
  id: number;
  /** When the run started, as an ISO 8601 string. */
  startedAt: string;
  /** When the run finished, as an ISO 8601 string; `null` while running. */
  finishedAt: string | null;
  status: RefreshRunStatus;
  /** How many entities the run scored (so far, while it is running). */
  entitiesScored: number;
  /** Why the run failed; `null` unless the status is `failed`. */
  error: string | null;
  /** What started the run: the schedule or a request to `POST /refresh`. */
  trigger: 'schedule' | 'manual';
  /** Entities read from the catalog so far. */
  entitiesSeen: number;
  /** Entities whose result changed (new, rescored differently, or removed). */
  entitiesChanged: number;
  /** Entities gone from the catalog whose results were removed. */
  entitiesRemoved: number;
  /** The model version the run scored with. */
  modelVersion: string | null;
}

/**
 * The backend's refresh status (`GET /status`).
 *
 * @public
 */
export interface FlexInfraStatus {
  /** The most recent refresh run, or `null` when none has run yet. */
  lastRun: RefreshRun | null;
  /** The most recent run that succeeded: the results served come from it. */
  lastSuccessfulRun: RefreshRun | null;
  /** Stored results, by outcome. */
  results: { scored: number; invalid: number };
  modelVersion: string;
}

/**
 * A check as it came out for one entity, with what the model says about it
 * (title, stage it gates, remediation, template), so that a scorecard can be
 * shown without the model at hand.
 *
 * @public
 */
export interface ScorecardCheck {
  id: string;
  title: string;
  dimension: string;
  /** The stage the check gates (2–5), or null when it only counts towards the score. */
  stage: number | null;
  weight: number;
  status: 'pass' | 'fail' | 'waived' | 'not-applicable';
  /** A sentence naming the evidence found or missing. */
  message: string;
  /** For a passing check: each piece of evidence and where it came from (repository, catalog, declared, provider). */
  evidence: CheckEvidence[];
  remediation: string;
  docsUrl: string;
  /** The scaffolder template that fixes the check, as an entity ref. */
  template: string | null;
  waiver: { expires: string; reason: string; expired: boolean } | null;
}

/**
 * The repository a scorecard's `repository` evidence came from.
 *
 * @public
 */
export interface ScorecardRepository {
  /** The repository's location as the catalog gives it (`url:…` or `file:…` target). */
  target: string;
  /**
   * A web address files can be linked under (the source location), when
   * there is one; file links are `new URL(path, browseUrl)`.
   */
  browseUrl: string | null;
  /** True when it was read; false when it could not be (see `error`). */
  analyzed: boolean;
  /** Why it could not be read. */
  error: string | null;
  /** Files that did not parse or limits hit; none stopped the analysis. */
  problems: Array<{ path: string; message: string }>;
}

/**
 * An entity's scorecard (`GET /entities/{kind}/{namespace}/{name}`).
 *
 * `outcome` says whether the entity was scored; for `invalid` entities,
 * `error` names what is wrong and the score fields are null.
 *
 * @public
 */
export interface EntityScorecard {
  entityRef: string;
  outcome: 'scored' | 'invalid';
  stage: { number: number; name: string } | null;
  nextStage: { number: number; name: string; missing: string[] } | null;
  /** 0–100, or null when not scored. */
  score: number | null;
  /** 1.0–4.0 on DORA's self-assessment scale, or null when not scored. */
  doraScore: number | null;
  dimensions: Array<{ id: string; score: number | null }>;
  checks: ScorecardCheck[];
  error: string | null;
  /**
   * The entity's repository as the last refresh read it: where it is, and
   * why it could not be read when it could not. Null when repositories are
   * not read (turned off, or not an entity kind that has one).
   */
  repository: ScorecardRepository | null;
  modelVersion: string;
  /** When this result was computed (ISO 8601). */
  computedAt: string;
  /** When the result last changed (ISO 8601). */
  changedAt: string;
}

/**
 * One change in an entity's result (`GET /entities/{kind}/{namespace}/{name}/history`).
 *
 * @public
 */
export interface ScorecardHistoryEntry {
  /** When the change was recorded (ISO 8601). */
  recordedAt: string;
  outcome: 'scored' | 'invalid' | 'removed';
  stage: number | null;
  score: number | null;
  doraScore: number | null;
  modelVersion: string;
  /** The checks whose status changed since the previous entry. */
  changes: Array<{ id: string; from: string | null; to: string | null }>;
}

/**
 * What `GET /summary` can group by.
 *
 * @public
 */
export type SummaryGroupBy =
  | 'owner'
  | 'system'
  | 'domain'
  | 'kind'
  | 'type'
  | 'lifecycle';

/**
 * Filters shared by `/summary`, `/checks/{id}/entities` and `/export`. The
 * owner filter includes what the owner's sub-groups own.
 *
 * @public
 */
export interface ResultFilters {
  kind?: string[];
  type?: string[];
  lifecycle?: string[];
  /** Group or user refs; nested groups included. */
  owner?: string[];
  system?: string[];
  domain?: string[];
}

/**
 * Aggregates of the scored entities in one group.
 *
 * @public
 */
export interface SummaryAggregate {
  /** Scored entities (invalid ones are counted apart). */
  entities: number;
  invalid: number;
  /** How many entities are at each stage, stages 1–5. */
  stages: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** Mean score, 0–100, one decimal; null without scored entities. */
  averageScore: number | null;
  averageDoraScore: number | null;
  /** Entities at or above the model's target stage. */
  atTarget: number;
  /** atTarget / entities, 0–1; null without scored entities. */
  atTargetShare: number | null;
}

/**
 * One row of `GET /summary`.
 *
 * @public
 */
export interface SummaryGroup extends SummaryAggregate {
  /** The group's key: an entity ref for owner/system/domain, else the value; null for "none". */
  key: string | null;
  /** For owners: the parent group's ref (teams roll up into it), if any. */
  parentKey: string | null;
  /** The aggregate on the snapshot day `trendDays` ago (or the oldest since), if any. */
  trend: {
    since: string;
    averageScore: number | null;
    atTargetShare: number | null;
  } | null;
}

/**
 * `GET /summary`.
 *
 * @public
 */
export interface FlexInfraSummary {
  groupBy: SummaryGroupBy;
  targetStage: number;
  modelVersion: string;
  total: SummaryAggregate;
  groups: SummaryGroup[];
}

/**
 * One entity in a check's drill-down (`GET /checks/{checkId}/entities`).
 *
 * @public
 */
export interface CheckEntity {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  stage: number | null;
  score: number | null;
  status: 'pass' | 'fail' | 'waived';
}

/**
 * A page of a check's drill-down.
 *
 * @public
 */
export interface CheckEntitiesPage {
  checkId: string;
  status: 'pass' | 'fail' | 'waived';
  items: CheckEntity[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * How often each check fails (`GET /checks`), most failed first.
 *
 * @public
 */
export interface CheckStatistics {
  checkId: string;
  title: string;
  pass: number;
  fail: number;
  waived: number;
}

/**
 * A scored entity in a list (`GET /entities?order=score`): the worst first.
 *
 * @public
 */
export interface EntitySummary {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  stage: number;
  score: number;
  doraScore: number;
}

/**
 * An active waiver: a check an entity is let off, why, and until when
 * (from its `flexinfra.io/waive.<check>` annotation).
 *
 * @public
 */
export interface WaiverItem {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  checkId: string;
  checkTitle: string;
  reason: string;
  /** YYYY-MM-DD. */
  expires: string;
  /** Days from today until it expires (0 on its last day). */
  expiresInDays: number;
}

/**
 * Counts of active waivers, and of those expiring soon, in one group.
 *
 * @public
 */
export interface WaiverCounts {
  active: number;
  expiringSoon: number;
}

/**
 * What `GET /waivers` returns.
 *
 * @public
 */
export interface WaiversOverview extends WaiverCounts {
  asOf: string;
  /** How many days ahead counts as soon. */
  soonDays: number;
  /** Per check, the most waived first. */
  byCheck: Array<WaiverCounts & { checkId: string; title: string }>;
  /**
   * Per owner, each group counting its sub-groups' waivers too; the most
   * waived first.
   */
  byOwner: Array<WaiverCounts & { ownerRef: string }>;
  /** The waivers of entities the caller may read, the soonest to expire first. */
  items: WaiverItem[];
}
