import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseRefreshRunStore } from './DatabaseRefreshRunStore';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@flexinfra/backstage-plugin-flexinfra-backend',
  'migrations',
);

const databases = createTestDatabases();

/** A clock that starts at `start` and moves on a second each time it is read. */
function steppingClock(start = '2026-01-01T00:00:00.000Z') {
  let next = new Date(start).getTime();
  return () => {
    const now = new Date(next);
    next += 1000;
    return now;
  };
}

async function createStore(
  databaseId: TestDatabaseId,
  now: () => Date = steppingClock(),
) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseRefreshRunStore.create({
    database: mockServices.database({ knex }),
    now,
  });
  return { knex, store };
}

/** The version of the database server behind `knex`, e.g. "PostgreSQL 15.8". */
async function engineVersion(knex: Knex): Promise<string> {
  if (knex.client.config.client === 'pg') {
    const { rows } = await knex.raw('SELECT version() AS version');
    return rows[0].version;
  }
  const [row] = await knex.raw('SELECT sqlite_version() AS version');
  return `SQLite ${row.version}`;
}

async function hasRunsTable(knex: Knex) {
  return knex.schema.hasTable('flexinfra_refresh_runs');
}

it('runs on PostgreSQL 15 exactly when its connection string is set', () => {
  expect(databases.supports('POSTGRES_15')).toBe(
    Boolean(process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING),
  );
  expect(databases.supports('SQLITE_3')).toBe(true);
});

describe.each(databases.eachSupportedId())(
  'DatabaseRefreshRunStore on %p',
  databaseId => {
    it('talks to the engine it is named after', async () => {
      const knex = await databases.init(databaseId);
      expect(await engineVersion(knex)).toMatch(
        databaseId === 'POSTGRES_15' ? /^PostgreSQL 15\./ : /^SQLite 3\./,
      );
    });

    describe('migrations', () => {
      it('create the runs table, roll back fully and apply again', async () => {
        const knex = await databases.init(databaseId);
        expect(await hasRunsTable(knex)).toBe(false);

        await knex.migrate.latest({ directory: migrationsDir });
        expect(await hasRunsTable(knex)).toBe(true);
        for (const column of [
          'id',
          'started_at',
          'finished_at',
          'status',
          'entities_scored',
          'error',
        ]) {
          expect(
            await knex.schema.hasColumn('flexinfra_refresh_runs', column),
          ).toBe(true);
        }

        await knex.migrate.rollback({ directory: migrationsDir }, true);
        expect(await hasRunsTable(knex)).toBe(false);
        const [, pending] = await knex.migrate.list({
          directory: migrationsDir,
        });
        expect(pending.length).toBeGreaterThan(0);

        await knex.migrate.latest({ directory: migrationsDir });
        expect(await hasRunsTable(knex)).toBe(true);
      });

      it('default entities_scored to 0 and leave finished_at and error null', async () => {
        const knex = await databases.init(databaseId);
        await knex.migrate.latest({ directory: migrationsDir });
        await knex('flexinfra_refresh_runs').insert({
          started_at: new Date(),
          status: 'running',
        });
        const row = await knex('flexinfra_refresh_runs').first();
        expect(Number(row.entities_scored)).toBe(0);
        expect(row.finished_at).toBeNull();
        expect(row.error).toBeNull();
      });

      it('are skipped when the database service says so', async () => {
        const knex = await databases.init(databaseId);
        await DatabaseRefreshRunStore.create({
          database: mockServices.database({ knex, migrations: { skip: true } }),
        });
        expect(await hasRunsTable(knex)).toBe(false);
      });
    });

    it('has no last run on a fresh database', async () => {
      const { store } = await createStore(databaseId);
      await expect(store.getLastRun()).resolves.toBeUndefined();
    });

    it('starts, finishes and reads back a succeeded run', async () => {
      const { store } = await createStore(databaseId);

      const started = await store.startRun();
      expect(started).toEqual({
        id: expect.any(Number),
        startedAt: '2026-01-01T00:00:00.000Z',
        finishedAt: null,
        status: 'running',
        entitiesScored: 0,
        error: null,
        trigger: 'schedule',
        entitiesSeen: 0,
        entitiesChanged: 0,
        entitiesRemoved: 0,
        modelVersion: null,
      });
      await expect(store.getLastRun()).resolves.toEqual(started);

      const finished = await store.finishRun(started.id, {
        status: 'succeeded',
        entitiesScored: 42,
      });
      const expected = {
        ...started,
        finishedAt: '2026-01-01T00:00:01.000Z',
        status: 'succeeded',
        entitiesScored: 42,
      };
      expect(finished).toEqual(expected);
      await expect(store.getLastRun()).resolves.toEqual(expected);
    });

    it('records the trigger and model version a run starts with', async () => {
      const { store } = await createStore(databaseId);
      const run = await store.startRun({
        trigger: 'manual',
        modelVersion: 'model-v2',
      });
      expect(run).toMatchObject({
        trigger: 'manual',
        modelVersion: 'model-v2',
      });
      await expect(store.getLastRun()).resolves.toEqual(run);
    });

    it('rejects an unknown trigger', async () => {
      const { store } = await createStore(databaseId);
      await expect(
        store.startRun({ trigger: 'cron' as any }),
      ).rejects.toMatchObject({ name: 'InputError' });
      await expect(store.getLastRun()).resolves.toBeUndefined();
    });

    it('marks a run still running as interrupted when a newer one starts', async () => {
      const { store } = await createStore(databaseId);
      const finished = await store.startRun();
      await store.finishRun(finished.id, {
        status: 'succeeded',
        entitiesScored: 3,
      });
      const stale = await store.startRun();
      const newer = await store.startRun();

      await expect(
        store.finishRun(stale.id, { status: 'succeeded', entitiesScored: 1 }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(store.getLastRun()).resolves.toEqual(newer);
      // The finished run is left alone; the stale one failed when the newer started.
      await expect(store.getLastSuccessfulRun()).resolves.toMatchObject({
        id: finished.id,
        entitiesScored: 3,
        error: null,
      });
      await expect(
        store.finishRun(newer.id, { status: 'failed', error: 'x' }),
      ).resolves.toMatchObject({ status: 'failed' });
    });

    it('records the interruption on the stale run', async () => {
      const { knex, store } = await createStore(databaseId);
      const stale = await store.startRun();
      const newer = await store.startRun();
      const row = await knex('flexinfra_refresh_runs')
        .where({ id: stale.id })
        .first();
      expect(row).toMatchObject({
        status: 'failed',
        error: 'Interrupted: a newer run started before it finished',
      });
      expect(new Date(row.finished_at).toISOString()).toBe(newer.startedAt);
    });

    it('records the progress of a running run only', async () => {
      const { store } = await createStore(databaseId);
      const run = await store.startRun();
      await store.updateProgress(run.id, {
        entitiesSeen: 120,
        entitiesScored: 80,
      });
      await expect(store.getLastRun()).resolves.toMatchObject({
        status: 'running',
        entitiesSeen: 120,
        entitiesScored: 80,
      });

      await store.finishRun(run.id, {
        status: 'succeeded',
        entitiesScored: 90,
      });
      await store.updateProgress(run.id, {
        entitiesSeen: 999,
        entitiesScored: 999,
      });
      await expect(store.getLastRun()).resolves.toMatchObject({
        status: 'succeeded',
        entitiesSeen: 120,
        entitiesScored: 90,
      });
    });

    it.each([-1, 1.5, NaN])('rejects progress of %p entities', async count => {
      const { store } = await createStore(databaseId);
      const run = await store.startRun();
      await expect(
        store.updateProgress(run.id, {
          entitiesSeen: count,
          entitiesScored: 0,
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
      await expect(
        store.updateProgress(run.id, {
          entitiesSeen: 0,
          entitiesScored: count,
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
    });

    it('finds the most recent successful run, skipping failed and running ones', async () => {
      const { store } = await createStore(databaseId);
      await expect(store.getLastSuccessfulRun()).resolves.toBeUndefined();

      const first = await store.startRun();
      await store.finishRun(first.id, {
        status: 'succeeded',
        entitiesScored: 1,
      });
      const second = await store.startRun();
      await store.finishRun(second.id, {
        status: 'succeeded',
        entitiesScored: 2,
      });
      const failed = await store.startRun();
      await store.finishRun(failed.id, { status: 'failed', error: 'boom' });
      await store.startRun();

      await expect(store.getLastSuccessfulRun()).resolves.toMatchObject({
        id: second.id,
        status: 'succeeded',
        entitiesScored: 2,
      });
    });

    it('records a failed run with its error, keeping the count when none is given', async () => {
      const { store } = await createStore(databaseId);

      const first = await store.startRun();
      await expect(
        store.finishRun(first.id, { status: 'failed', error: 'catalog down' }),
      ).resolves.toMatchObject({
        status: 'failed',
        error: 'catalog down',
        entitiesScored: 0,
        finishedAt: expect.any(String),
      });

      const second = await store.startRun();
      await store.finishRun(second.id, {
        status: 'failed',
        error: 'timed out',
        entitiesScored: 7,
      });
      await expect(store.getLastRun()).resolves.toMatchObject({
        id: second.id,
        status: 'failed',
        error: 'timed out',
        entitiesScored: 7,
      });
    });

    it('lets a run be finished only once', async () => {
      const { store } = await createStore(databaseId);
      const run = await store.startRun();
      await store.finishRun(run.id, { status: 'succeeded', entitiesScored: 1 });

      await expect(
        store.finishRun(run.id, { status: 'failed', error: 'again' }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: `FlexInfra refresh run ${run.id} has already finished (status 'succeeded'); a run can be finished only once`,
      });
      await expect(store.getLastRun()).resolves.toMatchObject({
        status: 'succeeded',
        entitiesScored: 1,
        error: null,
      });
    });

    it('lets only one of two concurrent finishers win', async () => {
      const { store } = await createStore(databaseId);
      const run = await store.startRun();

      const results = await Promise.allSettled([
        store.finishRun(run.id, { status: 'succeeded', entitiesScored: 1 }),
        store.finishRun(run.id, { status: 'failed', error: 'lost the race' }),
      ]);

      expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter(
        (r): r is PromiseRejectedResult => r.status === 'rejected',
      );
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason.name).toBe('ConflictError');
    });

    it('refuses to finish a run that does not exist', async () => {
      const { store } = await createStore(databaseId);
      await expect(
        store.finishRun(12345, { status: 'succeeded', entitiesScored: 0 }),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message: 'There is no FlexInfra refresh run 12345',
      });
    });

    it.each([
      [{ status: 'succeeded' }, /must say how many entities it scored/],
      [{ status: 'succeeded', entitiesScored: -1 }, /non-negative integer/],
      [{ status: 'succeeded', entitiesScored: 1.5 }, /non-negative integer/],
      [{ status: 'failed', error: ' ' }, /must say why it failed/],
      [{ status: 'running' }, /'succeeded' or 'failed', got "running"/],
    ])('rejects the outcome %p', async (outcome, message) => {
      const { store } = await createStore(databaseId);
      const run = await store.startRun();
      await expect(
        store.finishRun(run.id, outcome as any),
      ).rejects.toMatchObject({ name: 'InputError', message });
      await expect(store.getLastRun()).resolves.toEqual(run);
    });

    it('takes the latest start as the last run, then the highest id', async () => {
      const times = [
        '2026-01-01T10:00:00.000Z',
        '2026-01-01T12:00:00.000Z', // latest start
        '2026-01-01T11:00:00.000Z',
        '2026-01-01T12:00:00.000Z', // same start, higher id: wins
        '2026-01-01T09:00:00.000Z',
      ].map(t => new Date(t));
      const { store } = await createStore(databaseId, () => times.shift()!);

      const runs = [];
      for (let i = 0; i < 5; i++) {
        runs.push(await store.startRun());
      }

      const last = await store.getLastRun();
      expect(last?.id).toBe(runs[3].id);
      expect(last?.startedAt).toBe('2026-01-01T12:00:00.000Z');
    });

    it('prunes all but the newest runs', async () => {
      const { knex, store } = await createStore(databaseId);
      const runs = [];
      for (let i = 0; i < 5; i++) {
        runs.push(await store.startRun());
      }

      await expect(store.pruneRuns({ keep: 2 })).resolves.toBe(3);
      const remaining = await knex('flexinfra_refresh_runs')
        .select('id')
        .orderBy('id');
      expect(remaining.map(r => Number(r.id))).toEqual([
        runs[3].id,
        runs[4].id,
      ]);

      await expect(store.pruneRuns({ keep: 2 })).resolves.toBe(0);
      await expect(store.pruneRuns({ keep: 10 })).resolves.toBe(0);
      await expect(store.pruneRuns({ keep: 1 })).resolves.toBe(1);
      await expect(store.getLastRun()).resolves.toMatchObject({
        id: runs[4].id,
      });
    });

    it('prunes by start time, not by id', async () => {
      const times = [
        '2026-01-01T12:00:00.000Z',
        '2026-01-01T10:00:00.000Z',
        '2026-01-01T11:00:00.000Z',
      ].map(t => new Date(t));
      const { knex, store } = await createStore(
        databaseId,
        () => times.shift()!,
      );
      const [newest, oldest, middle] = [
        await store.startRun(),
        await store.startRun(),
        await store.startRun(),
      ];

      await expect(store.pruneRuns({ keep: 2 })).resolves.toBe(1);
      const remaining = await knex('flexinfra_refresh_runs').select('id');
      expect(remaining.map(r => Number(r.id)).sort()).toEqual(
        [newest.id, middle.id].sort(),
      );
      expect(remaining.map(r => Number(r.id))).not.toContain(oldest.id);
    });

    it.each([0, -1, 1.5, NaN, Infinity, '3' as unknown as number])(
      'rejects keeping %p runs',
      async keep => {
        const { knex, store } = await createStore(databaseId);
        await store.startRun();
        await expect(store.pruneRuns({ keep })).rejects.toMatchObject({
          name: 'InputError',
          message: expect.stringMatching(
            /^The number of refresh runs to keep must be a positive integer, got /,
          ),
        });
        await expect(knex('flexinfra_refresh_runs')).resolves.toHaveLength(1);
      },
    );
  },
);
