import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import knexFactory, { Knex } from 'knex';

/**
 * A database service for `startTestBackend` that gives each plugin its own
 * in-memory SQLite database and closes them all when the backend stops.
 *
 * Backstage's default database service deliberately leaves SQLite
 * connections open at shutdown. Their pool keeps a one-second reaping
 * interval alive, so a Jest worker that started a backend cannot exit and
 * `backstage-cli repo test` ends with "A worker process has failed to exit
 * gracefully". Tests that start a backend pass this factory instead.
 */
export function closingSqliteDatabaseServiceFactory() {
  return createServiceFactory({
    service: coreServices.database,
    deps: { rootLifecycle: coreServices.rootLifecycle },
    createRootContext({ rootLifecycle }) {
      const clients: Knex[] = [];
      rootLifecycle.addShutdownHook(async () => {
        await Promise.all(clients.splice(0).map(client => client.destroy()));
      });
      return clients;
    },
    factory(_deps, clients) {
      let client: Knex | undefined;
      return {
        migrations: { skip: false },
        async getClient() {
          if (!client) {
            client = knexFactory({
              client: 'better-sqlite3',
              connection: ':memory:',
              useNullAsDefault: true,
              // One connection: every query sees the same in-memory database.
              pool: {
                min: 1,
                max: 1,
                afterCreate(
                  connection: { pragma(source: string): unknown },
                  done: (error: Error | null, connection: unknown) => void,
                ) {
                  // As Backstage's own SQLite connector does.
                  connection.pragma('foreign_keys = ON');
                  done(null, connection);
                },
              },
            });
            clients.push(client);
          }
          return client;
        },
      };
    },
  });
}
