import {
  resolvePackagePath,
  type DatabaseService,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@flexinfra/backstage-plugin-flexinfra-backend',
  'migrations',
);

/**
 * Errors of two replicas migrating one fresh database at the same moment:
 * both create knex's bookkeeping tables, or find the other holding the lock.
 */
const RACE = /already exists|duplicate key|already locked/i;

const ATTEMPTS = 5;

/**
 * Connects to the plugin's database and, unless the backend is configured to
 * skip migrations, brings its schema up to date. When replicas start
 * together on a fresh database, the loser of the race retries after the
 * winner is done.
 */
export async function migrateDatabase(
  database: DatabaseService,
  logger?: LoggerService,
): Promise<Knex> {
  const db = await database.getClient();
  if (database.migrations?.skip) {
    logger?.info('Skipping FlexInfra database migrations as configured');
    return db;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await db.migrate.latest({ directory: migrationsDir });
      return db;
    } catch (error) {
      if (attempt >= ATTEMPTS || !RACE.test(String(error))) {
        throw error;
      }
      logger?.info(
        `FlexInfra migrations raced another replica (${error}); retrying`,
      );
      await new Promise(resolve =>
        setTimeout(resolve, 250 * attempt + Math.random() * 250),
      );
    }
  }
}
