import { TestDatabases } from '@backstage/backend-test-utils';

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

/** Call at the top of a test file or describe block, not inside a test. */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({
    ids: [...TEST_DATABASE_IDS],
    disableDocker: true,
  });
}
