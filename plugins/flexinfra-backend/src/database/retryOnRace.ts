import type { LoggerService } from '@backstage/backend-plugin-api';

/**
 * Errors of two replicas setting up one fresh database at the same moment:
 * both create knex's bookkeeping tables (ours, or the scheduler's), or one
 * finds the other holding the migration lock.
 */
const RACE = /already exists|duplicate key|already locked/i;

/**
 * How long the loser waits for the winner in all. A busy PostgreSQL held the
 * migration lock for over 20 s in a loaded test run; waiting costs nothing
 * when there is no race.
 */
const DEFAULT_PATIENCE_MS = 60_000;

/**
 * Runs a database set-up step; when it loses a race with another replica
 * starting at the same moment, retries after the winner is done. Any other
 * error, or a race still lost after `patienceMs`, is thrown.
 */
export async function retryOnRace<T>(
  what: string,
  step: () => Promise<T>,
  logger?: LoggerService,
  options: { patienceMs?: number } = {},
): Promise<T> {
  const giveUpAt = Date.now() + (options.patienceMs ?? DEFAULT_PATIENCE_MS);
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const delay = Math.min(250 * attempt, 2000) + Math.random() * 250;
      if (!RACE.test(String(error)) || Date.now() + delay > giveUpAt) {
        throw error;
      }
      logger?.info(`${what} raced another replica (${error}); retrying`);
      await new Promise(resolve => setTimeout(resolve, delay));
    }
  }
}
