import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { closingSqliteDatabaseServiceFactory } from './closingSqliteDatabaseServiceFactory';

function pluginKeepingItsClient(pluginId: string, clients: Knex[]) {
  return createBackendPlugin({
    pluginId,
    register({ registerInit }) {
      registerInit({
        deps: { database: coreServices.database },
        async init({ database }) {
          const client = await database.getClient();
          await client.schema.createTable('things', table => {
            table.string('name').primary();
          });
          await client('things').insert({ name: pluginId });
          clients.push(client);
        },
      });
    },
  });
}

describe('closingSqliteDatabaseServiceFactory', () => {
  it('gives each plugin its own database and closes them all when the backend stops', async () => {
    const clients: Knex[] = [];
    const backend = await startTestBackend({
      features: [
        closingSqliteDatabaseServiceFactory(),
        pluginKeepingItsClient('first', clients),
        pluginKeepingItsClient('second', clients),
      ],
    });

    expect(clients).toHaveLength(2);
    const names = await Promise.all(
      clients.map(client => client('things').pluck('name')),
    );
    expect(names.sort()).toEqual([['first'], ['second']]);
    const [{ foreign_keys: foreignKeys }] = await clients[0].raw(
      'PRAGMA foreign_keys',
    );
    expect(foreignKeys).toBe(1);

    await backend.stop();

    for (const client of clients) {
      await expect(client('things').select()).rejects.toThrow(
        /Unable to acquire a connection/,
      );
    }
  });
});
