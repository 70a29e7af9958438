import { TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { type Knex } from 'knex';

/**
 * The database engines FlexInfra's tests run on.
 *
 * - `SQLITE_3` always runs (in memory, no setup).
 * - `POSTGRES_15` runs only when
 *   `BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING` is set, e.g. to
 *   `postgresql://postgres@127.0.0.1:5432`; each test gets a fresh database
 *   created on that server (and dropped afterwards).
 *
 * Docker is disabled explicitly: TestDatabases would otherwise start a
 * PostgreSQL container whenever `CI` is set and no connection string is, and
 * FlexInfra's CI has no Docker engine.
 */
export const TEST_DATABASE_IDS = ['POSTGRES_15', 'SQLITE_3'] as const;

/** How many PostgreSQL databases are dropped at the same time. */
const DROP_CONCURRENCY = 10;

/**
 * Call at the top of a test file or describe block, not inside a test.
 *
 * Every database handed out is closed, and every PostgreSQL database
 * dropped, after the block's tests, all at once. TestDatabases' own teardown
 * (which runs next and then finds nothing left to do) drops them one after
 * another, and PostgreSQL forces a checkpoint on each drop: with one
 * database per test and a busy server that exceeds the 60 s it allows, its
 * teardown is cut off, and the connection pools it had yet to close keep
 * the Jest worker from exiting.
 */
export function createTestDatabases(): TestDatabases {
  const handedOut: Knex[] = [];
  // Jest runs a block's afterAll hooks in the order they are declared, so
  // this one must be declared before TestDatabases.create declares its own.
  afterAll(() => release(handedOut.splice(0)), 60_000);
  const databases = TestDatabases.create({
    ids: [...TEST_DATABASE_IDS],
    disableDocker: true,
  });
  const init = databases.init.bind(databases);
  databases.init = async id => {
    const knex = await init(id);
    handedOut.push(knex);
    return knex;
  };
  return databases;
}

/** Closes the databases' pools, then drops the PostgreSQL ones. */
async function release(instances: Knex[]): Promise<void> {
  await Promise.all(instances.map(knex => knex.destroy()));
  const byServer = new Map<string, { server: object; names: string[] }>();
  for (const knex of instances) {
    if (knex.client.config.client !== 'pg') {
      continue;
    }
    const { database, ...server } = knex.client.config
      .connection as Knex.PgConnectionConfig;
    const key = JSON.stringify(server);
    const entry = byServer.get(key) ?? { server, names: [] };
    entry.names.push(database!);
    byServer.set(key, entry);
  }
  for (const { server, names } of byServer.values()) {
    const admin = knexFactory({
      client: 'pg',
      connection: { ...server, database: 'postgres' },
      pool: { min: 0, max: DROP_CONCURRENCY },
    });
    try {
      // The pool runs up to DROP_CONCURRENCY drops at once; the checkpoints
      // they force are shared instead of taken one per database.
      await Promise.all(
        names.map(name =>
          admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]),
        ),
      );
    } finally {
      await admin.destroy();
    }
  }
}
