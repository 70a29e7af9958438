import { createApiRef } from '@backstage/core-plugin-api';
import type {
  Dimension,
  DoraLevel,
  MaturityStage,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * The maturity model the backend scores against (`GET /model`).
 *
 * @public
 */
export interface FlexInfraModel {
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

/**
 * Client for the FlexInfra backend, served under `/api/flexinfra`.
 *
 * @public
 */
export interface FlexInfraApi {
  /** The maturity model: stages, dimensions and DORA levels. */
  getModel(): Promise<FlexInfraModel>;
  /** The state of the most recent refresh run. */
  getStatus(): Promise<FlexInfraStatus>;
}

/**
 * The {@link FlexInfraApi}. Created with `@backstage/core-plugin-api` so that
 * the legacy and the new frontend system share one reference.
 *
 * @public
 */
export const flexInfraApiRef = createApiRef<FlexInfraApi>({
  id: 'plugin.flexinfra.service',
});
