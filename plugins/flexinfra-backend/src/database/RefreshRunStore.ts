/**
 * Where a refresh run stands.
 *
 * @internal
 */
export type RefreshRunStatus = 'running' | 'succeeded' | 'failed';

/**
 * A refresh run: one pass that (re)scores the catalog's entities.
 *
 * This is the shape the API returns, so dates are ISO 8601 strings and
 * missing values are `null` (which, unlike `undefined`, survive JSON).
 *
 * @internal
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
 * How a run ended.
 *
 * @internal
 */
export type RefreshRunOutcome =
  | { status: 'succeeded'; entitiesScored: number }
  | { status: 'failed'; error: string; entitiesScored?: number };

/**
 * Stores the history of refresh runs.
 *
 * @internal
 */
export interface RefreshRunStore {
  /** Records a new run with status `running`, starting now. */
  startRun(): Promise<RefreshRun>;

  /**
   * Records how a running run ended, and returns it as finished.
   *
   * @throws NotFoundError if there is no run with this id.
   * @throws ConflictError if the run has already finished.
   * @throws InputError if the outcome is malformed.
   */
  finishRun(id: number, outcome: RefreshRunOutcome): Promise<RefreshRun>;

  /** The most recently started run (ties broken by the higher id), if any. */
  getLastRun(): Promise<RefreshRun | undefined>;

  /**
   * Deletes all but the `keep` most recently started runs, and returns how
   * many were deleted.
   *
   * @throws InputError unless `keep` is a positive integer.
   */
  pruneRuns(options: { keep: number }): Promise<number>;
}
