import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { watchRowWrites } from '../__testUtils__/rowWrites';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseRefreshRunStore } from './DatabaseRefreshRunStore';
import { DatabaseResultStore } from './DatabaseResultStore';
import type { CommitRunOptions, StagedEntityInput } from './ResultStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const database = mockServices.database({ knex });
  const runs = await DatabaseRefreshRunStore.create({ database });
  const store = await DatabaseResultStore.create({ database });

  /**
   * A run that stages these inputs (and no results) and commits them; with
   * no `read`, the commit names no inputs.
   */
  async function commit(
    inputs: StagedEntityInput[],
    read?: CommitRunOptions['inputs'],
  ) {
    const run = await runs.startRun();
    await store.stageEntityInputs(run.id, inputs);
    await store.commitRun({
      runId: run.id,
      seenRefs: new Set(),
      owners: [],
      targetStage: 3,
      snapshotDay: '2026-05-01',
      entitiesSeen: inputs.length,
      inputs: read,
    });
    return run;
  }
  return { knex, runs, store, commit };
}

function input(
  entityRef: string,
  etag: string | null,
  scoredWith: string[] = [],
  recheck = false,
): StagedEntityInput {
  return { entityRef, etag, recheck, scoredWith };
}

const A = 'component:default/a';
const B = 'component:default/b';
const DB = 'resource:default/db';
const SHOP = 'system:default/shop';

describe.each(databases.eachSupportedId())(
  'entity inputs on %p',
  databaseId => {
    it('are invisible until the run commits, then replace what was there', async () => {
      const { runs, store, commit } = await setup(databaseId);
      const run = await runs.startRun();
      await store.stageEntityInputs(run.id, [input(A, 'e1', [DB])]);
      expect(await store.getEntityInputs()).toEqual(new Map());
      expect(await store.getDependents([DB])).toEqual([]);
      await store.discardRun(run.id);

      await commit(
        [input(A, 'e1', [DB, SHOP]), input(B, null, [], true), input(DB, 'e2')],
        { mode: 'full' },
      );
      expect(await store.getEntityInputs()).toEqual(
        new Map([
          [A, { etag: 'e1', recheck: false }],
          [B, { etag: null, recheck: true }],
          [DB, { etag: 'e2', recheck: false }],
        ]),
      );
      expect(await store.getDependents([DB])).toEqual([A]);
      expect((await store.getDependents([SHOP, DB])).sort()).toEqual([A]);

      // a no longer depends on the database; its new etag replaces the old.
      await commit([input(A, 'e3', [SHOP])], {
        mode: 'changes',
        removedRefs: [],
      });
      expect((await store.getEntityInputs()).get(A)).toEqual({
        etag: 'e3',
        recheck: false,
      });
      expect(await store.getDependents([DB])).toEqual([]);
      expect(await store.getDependents([SHOP])).toEqual([A]);
      expect((await store.getEntityInputs()).size).toBe(3);
    });

    it('drop the entities gone: all not staged after a full read, those named after a read of changes', async () => {
      const { store, commit } = await setup(databaseId);
      await commit([input(A, 'e1', [DB]), input(B, 'e2'), input(DB, 'e3')], {
        mode: 'full',
      });

      await commit([], { mode: 'changes', removedRefs: [A] });
      expect([...(await store.getEntityInputs()).keys()].sort()).toEqual([
        B,
        DB,
      ]);
      expect(await store.getDependents([DB])).toEqual([]);

      await commit([input(DB, 'e4')], { mode: 'full' });
      expect([...(await store.getEntityInputs()).keys()]).toEqual([DB]);
    });

    it('are written only where they changed: a full read of the same catalog writes none', async () => {
      const { knex, store, commit } = await setup(databaseId);
      const catalog = [
        input(A, 'e1', [DB, SHOP]),
        input(B, null, [], true),
        input(DB, 'e2'),
      ];
      await commit(catalog, { mode: 'full' });
      const writes = await watchRowWrites(knex, [
        'flexinfra_entity_inputs',
        'flexinfra_entity_dependencies',
      ]);

      await commit(catalog, { mode: 'full' });
      expect(await writes.count()).toEqual({
        flexinfra_entity_inputs: 0,
        flexinfra_entity_dependencies: 0,
      });

      // a's etag changes and it no longer uses the system; b loses recheck;
      // the database is gone: one row updated, one dependency and one input
      // deleted, one updated.
      await commit([input(A, 'e3', [DB]), input(B, null)], { mode: 'full' });
      expect(await writes.count()).toEqual({
        flexinfra_entity_inputs: 3,
        flexinfra_entity_dependencies: 1,
      });
      expect(await store.getEntityInputs()).toEqual(
        new Map([
          [A, { etag: 'e3', recheck: false }],
          [B, { etag: null, recheck: false }],
        ]),
      );
      expect(await store.getDependents([DB])).toEqual([A]);
      expect(await store.getDependents([SHOP])).toEqual([]);

      // A read of changes that re-reads a unchanged writes nothing for it.
      await commit([input(A, 'e3', [DB])], {
        mode: 'changes',
        removedRefs: [],
      });
      expect(await writes.count()).toEqual({
        flexinfra_entity_inputs: 0,
        flexinfra_entity_dependencies: 0,
      });
    });

    it('are left alone by a commit that names no inputs, and records the read mode', async () => {
      const { knex, runs, store, commit } = await setup(databaseId);
      const full = await commit([input(A, 'e1')], { mode: 'full' });
      const run = await commit([]);
      expect([...(await store.getEntityInputs()).keys()]).toEqual([A]);
      const modes = await knex('flexinfra_refresh_runs')
        .select('id', 'read_mode')
        .orderBy('id');
      expect(modes).toEqual([
        { id: full.id, read_mode: 'full' },
        { id: run.id, read_mode: null },
      ]);
      expect((await runs.getLastFullRead())?.id).toBe(full.id);
    });

    it('are staged for one run only: a discarded run leaves nothing behind', async () => {
      const { knex, runs, store } = await setup(databaseId);
      const run = await runs.startRun();
      await store.stageEntityInputs(run.id, [input(A, 'e1', [DB, DB])]);
      await store.discardRun(run.id);
      expect(await knex('flexinfra_staged_inputs')).toEqual([]);
      expect(await knex('flexinfra_staged_dependencies')).toEqual([]);
    });
  },
);
