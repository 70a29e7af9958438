import type { Dimension } from '../model/dimensions';
import type { CheckDefinition } from '../model/schema';
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
}

/**
 * The backend's refresh status (`GET /status`).
 *
 * @public
 */
export interface FlexInfraStatus {
  /** The most recent refresh run, or `null` when none has run yet. */
  lastRun: RefreshRun | null;
}
