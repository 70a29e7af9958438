import type { LoggerService } from '@backstage/backend-plugin-api';

/**
 * Errors of two replicas setting up one fresh database at the same moment:
 * both create knex's bookkeeping tables (ours, or the scheduler's), or one
 * finds the other holding the migration lock.
 */
const RACE = /already exists|duplicate key|already locked/i;

/**
 * Enough for the winner to finish on a slow, busy database: the loser waits
 * about 20 s in all before it gives up.
 */
const ATTEMPTS = 12;

/**
 * Runs a database set-up step; when it loses a race with another replica
 * starting at the same moment, retries after the winner is done. Any other
 * error, or a race still lost after about 20 s, is thrown.
 */
export async function retryOnRace<T>(
  what: string,
  step: () => Promise<T>,
  logger?: LoggerService,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= ATTEMPTS || !RACE.test(String(error))) {
        throw error;
      }
      logger?.info(`${what} raced another replica (${error}); retrying`);
      await new Promise(resolve =>
        setTimeout(
          resolve,
          Math.min(250 * attempt, 2000) + Math.random() * 250,
        ),
      );
    }
  }
}
