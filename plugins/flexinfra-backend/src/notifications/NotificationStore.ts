import type { EntityRegression } from './buildRegressionNotifications';
import type { NotificationCause } from './types';

/**
 * What FlexInfra sent, and what a running refresh is about to commit.
 *
 * @internal
 */
export interface NotificationStore {
  /**
   * Records these keys of a cause and subject as sent now and returns those
   * not recorded before. Of two callers claiming the same key, one gets it.
   */
  claim(options: {
    cause: NotificationCause;
    subject: string;
    keys: string[];
    now: Date;
  }): Promise<string[]>;

  /** Forgets claimed keys (their notification could not be sent). */
  release(options: {
    cause: NotificationCause;
    subject: string;
    keys: string[];
  }): Promise<void>;

  /**
   * Deletes what was sent for these causes before a time (the run-keyed
   * ones, which are never asked about again); returns how many.
   */
  prune(options: {
    causes: NotificationCause[];
    before: Date;
  }): Promise<number>;

  /**
   * The entities whose staged result in a running refresh run is worse than
   * their stored one under the same model version: a lower stage, or checks
   * failing that passed or were waived (with the evidence they had). Call
   * before the run commits: the stored results are still the previous ones.
   * Entities scored for the first time, invalid ones, and results of another
   * model version are left out.
   */
  findRegressions(runId: number): Promise<EntityRegression[]>;
}
