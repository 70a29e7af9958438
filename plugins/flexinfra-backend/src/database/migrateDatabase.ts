import {
  resolvePackagePath,
  type DatabaseService,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { retryOnRace } from './retryOnRace';

const migrationsDir = resolvePackagePath(
  '@flexinfra/backstage-plugin-flexinfra-backend',
  'migrations',
);

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
  await retryOnRace(
    'FlexInfra migrations',
    () => db.migrate.latest({ directory: migrationsDir }),
    logger,
  );
  return db;
}
