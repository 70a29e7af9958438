import type { RefreshRun } from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * Told about a refresh run's commit, e.g. to notify the owners of entities
 * whose results got worse. A listener that throws is logged; the run goes
 * on as if it had not been there.
 *
 * @internal
 */
export interface RefreshListener {
  /**
   * The run's results are staged and about to be committed: the stored
   * results are still the previous run's.
   */
  beforeCommit?(runId: number): Promise<void>;
  /** The run committed and succeeded. */
  afterCommit?(run: RefreshRun): Promise<void>;
}
