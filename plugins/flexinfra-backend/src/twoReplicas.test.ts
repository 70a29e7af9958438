import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import knexFactory, { type Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { flexinfraPlugin } from './plugin';

/*
 * Two backend replicas on one database (PostgreSQL in production), each with the real
 * (database-backed) scheduler: the refresh runs on one replica at a time,
 * and no entity gets two history rows for one change.
 */

jest.setTimeout(120_000);

const databases = createTestDatabases();

const entities = Array.from({ length: 40 }, (_, i) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: `service-${i}` },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: `group:default/team-${i % 4}`,
  },
}));

function replica(knex: Knex) {
  return startTestBackend({
    features: [
      flexinfraPlugin,
      schedulerServiceFactory,
      mockServices.database.factory({ knex }),
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          flexinfra: {
            schedule: {
              frequency: { seconds: 1 },
              timeout: { minutes: 1 },
              initialDelay: { seconds: 0 },
            },
            // Tested in notifications/notifications.test.ts. The real
            // scheduler's poll for a daily task (every 5 s) would outlive
            // the backend by seconds.
            notifications: { enabled: false },
            // Template runs are tested in src/adoption/.
            adoption: { enabled: false },
          },
        },
      }),
    ],
  });
}

// PostgreSQL is the production case; SQLite (the two replicas share one
// in-memory database through one connection) checks the same guarantees.
describe.each(databases.eachSupportedId())('two replicas on %p', databaseId => {
  it('run one refresh at a time and write each change to history once', async () => {
    const knex = await databases.init(databaseId);
    // Each replica has its own connection pool, as in production: on one
    // shared pool the two schedulers and migrations could take every
    // connection while the migration holding the lock waited for one.
    // SQLite's in-memory database lives in its one connection, so there the
    // replicas share it.
    const ownPool =
      knex.client.config.client === 'pg'
        ? knexFactory(knex.client.config)
        : undefined;
    // One starts after the other. Started at the same moment on a loaded
    // PostgreSQL, the loser of the migration race sometimes still found the
    // lock held after 60 s (an open bug, see the session note); this test is
    // about the refresh once both run.
    const a = await replica(knex);
    const b = await replica(ownPool ?? knex);

    // Both replicas ask for a refresh at once, repeatedly, while the
    // schedule also fires every second.
    const deadline = Date.now() + 12_000;
    const answers: number[] = [];
    while (Date.now() < deadline) {
      const responses = await Promise.all(
        [a.server, b.server].map(server =>
          request(server)
            .post('/api/flexinfra/refresh')
            .set('Authorization', mockCredentials.user.header()),
        ),
      );
      answers.push(...responses.map(r => r.status));
      await new Promise(resolve => setTimeout(resolve, 700));
    }
    // Accepted, or refused because a run was in progress: never an error.
    expect(answers.every(s => s === 202 || s === 409)).toBe(true);
    expect(answers).toContain(202);

    // Let a run in progress finish.
    await new Promise(resolve => setTimeout(resolve, 2000));
    const runs = await knex('flexinfra_refresh_runs')
      .whereNot('status', 'running')
      .orderBy('started_at');
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.every(r => r.status === 'succeeded')).toBe(true);
    // No two runs overlapped in time.
    for (let i = 1; i < runs.length; i++) {
      expect(new Date(runs[i].started_at).getTime()).toBeGreaterThanOrEqual(
        new Date(runs[i - 1].finished_at).getTime(),
      );
    }
    // The catalog did not change: one history row per entity, from the
    // first run, however many runs followed.
    const history = await knex('flexinfra_history')
      .select('entity_ref')
      .count({ rows: '*' })
      .groupBy('entity_ref');
    expect(history).toHaveLength(entities.length);
    expect(history.every(h => Number(h.rows) === 1)).toBe(true);
    const results = await knex('flexinfra_results').count({ n: '*' });
    expect(Number(results[0].n)).toBe(entities.length);

    await Promise.all([a.stop(), b.stop()]);
    await ownPool?.destroy();
  });
});
