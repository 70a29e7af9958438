import type {
  RefreshRun,
  RefreshRunStatus,
} from '@flexinfra/backstage-plugin-flexinfra-common';

export type { RefreshRun, RefreshRunStatus };

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
  /**
   * Records a new run with status `running`, starting now. Any other run
   * still marked running (its process died) is marked failed as interrupted.
   */
  startRun(options?: {
    trigger?: RefreshRun['trigger'];
    modelVersion?: string;
  }): Promise<RefreshRun>;

  /** Records a running run's progress (entities read and scored so far). */
  updateProgress(
    id: number,
    progress: { entitiesSeen: number; entitiesScored: number },
  ): Promise<void>;

  /** The run with this id, if there is one. */
  getRun(id: number): Promise<RefreshRun | undefined>;

  /** The most recent run that succeeded, if any. */
  getLastSuccessfulRun(): Promise<RefreshRun | undefined>;

  /**
   * The most recent succeeded run that read every entity in full (not only
   * the changed ones), if any is still recorded.
   */
  getLastFullRead(): Promise<RefreshRun | undefined>;

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
