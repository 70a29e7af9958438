import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { watchRowWrites } from '../__testUtils__/rowWrites';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseRefreshRunStore } from './DatabaseRefreshRunStore';
import { DatabaseResultStore } from './DatabaseResultStore';
import type { CommitRunOptions, OwnerNode, StagedResult } from './ResultStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();

/** A clock the test sets; every read returns the time last set. */
function testClock(start: string) {
  let time = new Date(start);
  return {
    now: () => new Date(time),
    set: (iso: string) => {
      time = new Date(iso);
    },
    day: () => time.toISOString().slice(0, 10),
    iso: () => time.toISOString(),
  };
}

/**
 * A staged result of the entity `ref` (kind:namespace/name), scored at stage
 * 2 by default; the scorecard follows the fields given.
 */
function staged(
  ref: string,
  fields: Partial<Omit<StagedResult, 'entityRef' | 'scorecard'>> = {},
): StagedResult {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  const outcome = fields.outcome ?? 'scored';
  const scored = outcome === 'scored';
  const result = {
    kind,
    namespace,
    name,
    title: `Title of ${name}`,
    type: 'service',
    lifecycle: 'production',
    ownerRef: 'group:default/team-a',
    systemRef: null,
    domainRef: null,
    outcome,
    stage: scored ? 2 : null,
    score: scored ? 50 : null,
    doraScore: scored ? 2 : null,
    checkStatuses: {},
    inputHash: `input-of-${ref}`,
    resultDigest: `digest-of-${ref}`,
    modelVersion: 'model-1',
    changed: true,
    changes: [],
    ...fields,
  };
  return {
    ...result,
    entityRef: ref,
    scorecard: {
      entityRef: ref,
      outcome: result.outcome,
      stage:
        result.stage === null
          ? null
          : { number: result.stage, name: `Stage ${result.stage}` },
      nextStage: null,
      score: result.score,
      doraScore: result.doraScore,
      dimensions: [],
      checks: [],
      error: scored ? null : 'spec.owner is missing',
      repository: null,
      modelVersion: result.modelVersion,
    },
  };
}

async function setup(
  databaseId: TestDatabaseId,
  start = '2026-03-10T08:00:00.000Z',
) {
  const knex = await databases.init(databaseId);
  const clock = testClock(start);
  const database = mockServices.database({ knex });
  const runs = await DatabaseRefreshRunStore.create({
    database,
    now: clock.now,
  });
  const store = await DatabaseResultStore.create({ database, now: clock.now });

  /** Starts a run, stages `results` and commits them, the run having seen `alsoSeen` too. */
  async function refresh(
    results: StagedResult[],
    options: Partial<Omit<CommitRunOptions, 'runId' | 'seenRefs'>> & {
      alsoSeen?: string[];
    } = {},
  ) {
    const { alsoSeen = [], ...commit } = options;
    const run = await runs.startRun();
    await store.stageResults(run.id, results);
    const seen = [...results.map(r => r.entityRef), ...alsoSeen];
    const committed = await store.commitRun({
      runId: run.id,
      seenRefs: new Set(seen),
      owners: [],
      targetStage: 3,
      snapshotDay: clock.day(),
      entitiesSeen: seen.length,
      ...commit,
    });
    return { run, committed };
  }

  return { knex, clock, runs, store, refresh };
}

const NO_FILTERS = {};

describe.each(databases.eachSupportedId())(
  'DatabaseResultStore on %p',
  databaseId => {
    describe('staging and committing', () => {
      it('keeps staged results invisible until the run commits', async () => {
        const { clock, runs, store } = await setup(databaseId);
        const run = await runs.startRun();
        await store.stageResults(run.id, [
          staged('component:default/a', { checkStatuses: { c1: 'fail' } }),
          staged('component:default/b', { outcome: 'invalid' }),
        ]);

        const refs = ['component:default/a', 'component:default/b'];
        await expect(
          store.getScorecard('component:default/a'),
        ).resolves.toBeUndefined();
        expect((await store.getDigests(refs)).size).toBe(0);
        await expect(store.countResults()).resolves.toEqual({
          scored: 0,
          invalid: 0,
        });
        await expect(
          store.listResults({ filters: NO_FILTERS, limit: 10 }),
        ).resolves.toEqual([]);
        await expect(store.getCheckStatistics(NO_FILTERS)).resolves.toEqual([]);

        clock.set('2026-03-10T09:30:00.000Z');
        await expect(
          store.commitRun({
            runId: run.id,
            seenRefs: new Set(refs),
            owners: [],
            targetStage: 3,
            snapshotDay: clock.day(),
            entitiesSeen: 2,
          }),
        ).resolves.toEqual({ written: 2, removed: 0, historyRows: 2 });

        await expect(
          store.getScorecard('component:default/a'),
        ).resolves.toEqual({
          ...staged('component:default/a').scorecard,
          computedAt: '2026-03-10T09:30:00.000Z',
          changedAt: '2026-03-10T09:30:00.000Z',
        });
        await expect(store.getDigests(refs)).resolves.toEqual(
          new Map([
            [
              'component:default/a',
              {
                entityRef: 'component:default/a',
                inputHash: 'input-of-component:default/a',
                resultDigest: 'digest-of-component:default/a',
                checkStatuses: { c1: 'fail' },
              },
            ],
            [
              'component:default/b',
              {
                entityRef: 'component:default/b',
                inputHash: 'input-of-component:default/b',
                resultDigest: 'digest-of-component:default/b',
                checkStatuses: {},
              },
            ],
          ]),
        );
        await expect(store.countResults()).resolves.toEqual({
          scored: 1,
          invalid: 1,
        });
        await expect(runs.getLastRun()).resolves.toMatchObject({
          id: run.id,
          status: 'succeeded',
          finishedAt: '2026-03-10T09:30:00.000Z',
          entitiesScored: 2,
          entitiesSeen: 2,
          entitiesChanged: 2,
          entitiesRemoved: 0,
        });
      });

      it('upserts results, writing history only for changed ones and keeping changedAt of unchanged ones', async () => {
        const { clock, runs, store, refresh } = await setup(databaseId);
        const [a, b, c] = [
          'component:default/a',
          'component:default/b',
          'component:default/c',
        ];
        clock.set('2026-03-10T08:00:00.000Z');
        await refresh([
          staged(a, { checkStatuses: { c1: 'fail' } }),
          staged(b),
          staged(c),
        ]);

        clock.set('2026-03-11T08:00:00.000Z');
        const { committed } = await refresh(
          [
            staged(a, {
              stage: 3,
              score: 75,
              checkStatuses: { c1: 'pass' },
              resultDigest: 'new-digest',
              changes: [{ id: 'c1', from: 'fail', to: 'pass' }],
            }),
            staged(b, { changed: false, inputHash: 'new-input' }),
          ],
          { alsoSeen: [c] },
        );
        expect(committed).toEqual({ written: 2, removed: 0, historyRows: 1 });

        await expect(store.getScorecard(a)).resolves.toMatchObject({
          stage: { number: 3, name: 'Stage 3' },
          score: 75,
          computedAt: '2026-03-11T08:00:00.000Z',
          changedAt: '2026-03-11T08:00:00.000Z',
        });
        await expect(store.getScorecard(b)).resolves.toMatchObject({
          computedAt: '2026-03-11T08:00:00.000Z',
          changedAt: '2026-03-10T08:00:00.000Z',
        });
        // Seen but not staged: left exactly as it was.
        await expect(store.getScorecard(c)).resolves.toMatchObject({
          computedAt: '2026-03-10T08:00:00.000Z',
          changedAt: '2026-03-10T08:00:00.000Z',
        });
        expect((await store.getDigests([b])).get(b)?.inputHash).toBe(
          'new-input',
        );

        await expect(store.getHistory(a, { limit: 10 })).resolves.toEqual([
          {
            recordedAt: '2026-03-11T08:00:00.000Z',
            outcome: 'scored',
            stage: 3,
            score: 75,
            doraScore: 2,
            modelVersion: 'model-1',
            changes: [{ id: 'c1', from: 'fail', to: 'pass' }],
          },
          {
            recordedAt: '2026-03-10T08:00:00.000Z',
            outcome: 'scored',
            stage: 2,
            score: 50,
            doraScore: 2,
            modelVersion: 'model-1',
            changes: [],
          },
        ]);
        await expect(store.getHistory(b, { limit: 10 })).resolves.toHaveLength(
          1,
        );
        await expect(store.getHistory(a, { limit: 1 })).resolves.toMatchObject([
          { recordedAt: '2026-03-11T08:00:00.000Z' },
        ]);
        await expect(runs.getLastRun()).resolves.toMatchObject({
          entitiesScored: 2,
          entitiesSeen: 3,
          entitiesChanged: 1,
        });
        // The check rows follow the new statuses.
        await expect(store.getCheckStatistics(NO_FILTERS)).resolves.toEqual([
          { checkId: 'c1', pass: 1, fail: 0, waived: 0 },
        ]);
      });

      it('replaces a result staged twice in the same run', async () => {
        const { runs, store, clock } = await setup(databaseId);
        const ref = 'component:default/a';
        const run = await runs.startRun();
        await store.stageResults(run.id, [staged(ref, { stage: 1 })]);
        await store.stageResults(run.id, [
          staged(ref, { stage: 2 }),
          staged(ref, { stage: 4 }),
        ]);
        await expect(
          store.commitRun({
            runId: run.id,
            seenRefs: new Set([ref]),
            owners: [],
            targetStage: 3,
            snapshotDay: clock.day(),
            entitiesSeen: 1,
          }),
        ).resolves.toEqual({ written: 1, removed: 0, historyRows: 1 });
        await expect(store.getScorecard(ref)).resolves.toMatchObject({
          stage: { number: 4 },
        });
      });

      it('removes the results of entities the run did not see, recording their removal', async () => {
        const { clock, runs, store, refresh } = await setup(databaseId);
        const [a, b] = ['component:default/a', 'component:default/b'];
        await refresh([
          staged(a, { checkStatuses: { c1: 'pass' } }),
          staged(b, {
            modelVersion: 'model-0',
            checkStatuses: { c1: 'pass', c2: 'fail' },
          }),
        ]);

        clock.set('2026-03-12T00:00:00.000Z');
        const { committed } = await refresh([], { alsoSeen: [a] });
        expect(committed).toEqual({ written: 0, removed: 1, historyRows: 1 });

        await expect(store.getScorecard(b)).resolves.toBeUndefined();
        await expect(store.getScorecard(a)).resolves.toBeDefined();
        const [removal, ...earlier] = await store.getHistory(b, { limit: 10 });
        expect(earlier).toHaveLength(1);
        expect(removal).toEqual({
          recordedAt: '2026-03-12T00:00:00.000Z',
          outcome: 'removed',
          stage: null,
          score: null,
          doraScore: null,
          modelVersion: 'model-0',
          changes: expect.arrayContaining([
            { id: 'c1', from: 'pass', to: null },
            { id: 'c2', from: 'fail', to: null },
          ]),
        });
        expect(removal.changes).toHaveLength(2);
        await expect(store.getCheckStatistics(NO_FILTERS)).resolves.toEqual([
          { checkId: 'c1', pass: 1, fail: 0, waived: 0 },
        ]);
        await expect(runs.getLastRun()).resolves.toMatchObject({
          entitiesRemoved: 1,
          entitiesChanged: 1,
          entitiesScored: 0,
        });
      });

      it('handles a catalog larger than one statement or page', async () => {
        const { store, refresh } = await setup(databaseId);
        const refs = Array.from(
          { length: 1234 },
          (_, i) => `component:default/e${String(i).padStart(4, '0')}`,
        );
        const first = await refresh(
          refs.map((ref, i) =>
            staged(ref, {
              checkStatuses: {
                c1: i % 2 ? 'pass' : 'fail',
                c2: 'pass',
              },
            }),
          ),
        );
        expect(first.committed).toEqual({
          written: 1234,
          removed: 0,
          historyRows: 1234,
        });
        expect((await store.getDigests(refs)).size).toBe(1234);
        await expect(store.getCheckStatistics(NO_FILTERS)).resolves.toEqual([
          { checkId: 'c1', pass: 617, fail: 617, waived: 0 },
          { checkId: 'c2', pass: 1234, fail: 0, waived: 0 },
        ]);

        // Keep every third entity, rescore the first ten of those.
        const kept = refs.filter((_, i) => i % 3 === 0);
        const second = await refresh(
          kept.slice(0, 10).map(ref => staged(ref, { stage: 5 })),
          { alsoSeen: kept.slice(10) },
        );
        expect(second.committed).toEqual({
          written: 10,
          removed: 1234 - kept.length,
          historyRows: 10 + 1234 - kept.length,
        });
        await expect(store.countResults()).resolves.toEqual({
          scored: kept.length,
          invalid: 0,
        });
        const [stats] = await store.getCheckStatistics(NO_FILTERS);
        expect(stats.pass + stats.fail).toBe(kept.length - 10);
      });

      it('never writes a second history row for an entity in the same run', async () => {
        const { knex, clock, runs, store } = await setup(databaseId);
        const [a, b] = ['component:default/a', 'component:default/b'];
        const run = await runs.startRun();
        await knex('flexinfra_history').insert({
          entity_ref: a,
          run_id: run.id,
          recorded_at: new Date('2026-01-01T00:00:00Z'),
          outcome: 'scored',
          stage: 1,
          model_version: 'earlier',
          changes: '[]',
        });
        await store.stageResults(run.id, [staged(a), staged(b)]);
        const committed = await store.commitRun({
          runId: run.id,
          seenRefs: new Set([a, b]),
          owners: [],
          targetStage: 3,
          snapshotDay: clock.day(),
          entitiesSeen: 2,
        });
        expect(committed).toEqual({ written: 2, removed: 0, historyRows: 1 });
        await expect(store.getHistory(a, { limit: 10 })).resolves.toEqual([
          expect.objectContaining({ modelVersion: 'earlier', stage: 1 }),
        ]);
      });

      it('refuses to commit a run twice, changing nothing', async () => {
        const { clock, runs, store, refresh } = await setup(databaseId);
        const a = 'component:default/a';
        const { run } = await refresh([staged(a, { stage: 2 })]);

        clock.set('2026-03-11T00:00:00.000Z');
        await store.stageResults(run.id, [staged(a, { stage: 5 })]);
        await expect(
          store.commitRun({
            runId: run.id,
            seenRefs: new Set(),
            owners: [],
            targetStage: 3,
            snapshotDay: clock.day(),
            entitiesSeen: 0,
          }),
        ).rejects.toMatchObject({
          name: 'ConflictError',
          message: expect.stringContaining(`run ${run.id} is not running`),
        });

        await expect(store.getScorecard(a)).resolves.toMatchObject({
          stage: { number: 2 },
          computedAt: '2026-03-10T08:00:00.000Z',
        });
        await expect(store.getHistory(a, { limit: 10 })).resolves.toHaveLength(
          1,
        );
        await expect(runs.getLastRun()).resolves.toMatchObject({
          status: 'succeeded',
          finishedAt: '2026-03-10T08:00:00.000Z',
          entitiesScored: 1,
          entitiesRemoved: 0,
        });
      });

      it('lets only one of two concurrent commits of a run win', async () => {
        const { clock, runs, store } = await setup(databaseId);
        const run = await runs.startRun();
        const refs = ['component:default/a', 'component:default/b'];
        await store.stageResults(
          run.id,
          refs.map(ref => staged(ref)),
        );
        const commit = () =>
          store.commitRun({
            runId: run.id,
            seenRefs: new Set(refs),
            owners: [],
            targetStage: 3,
            snapshotDay: clock.day(),
            entitiesSeen: 2,
          });

        const outcomes = await Promise.allSettled([commit(), commit()]);
        expect(outcomes.map(o => o.status).sort()).toEqual([
          'fulfilled',
          'rejected',
        ]);
        const rejected = outcomes.find(
          (o): o is PromiseRejectedResult => o.status === 'rejected',
        );
        expect(rejected?.reason.name).toBe('ConflictError');
        for (const ref of refs) {
          await expect(
            store.getHistory(ref, { limit: 10 }),
          ).resolves.toHaveLength(1);
        }
      });

      it('refuses to commit a run that a newer run interrupted, or that does not exist', async () => {
        const { clock, runs, store } = await setup(databaseId);
        const stale = await runs.startRun();
        await store.stageResults(stale.id, [staged('component:default/a')]);
        await runs.startRun();
        const options = {
          seenRefs: new Set(['component:default/a']),
          owners: [],
          targetStage: 3,
          snapshotDay: clock.day(),
          entitiesSeen: 1,
        };
        await expect(
          store.commitRun({ ...options, runId: stale.id }),
        ).rejects.toMatchObject({ name: 'ConflictError' });
        await expect(
          store.commitRun({ ...options, runId: 4711 }),
        ).rejects.toMatchObject({ name: 'NotFoundError' });
        await expect(store.countResults()).resolves.toEqual({
          scored: 0,
          invalid: 0,
        });
      });

      it('rewrites the check rows of changed and new results only', async () => {
        const { knex, refresh } = await setup(databaseId);
        const [a, b, c] = [
          'component:default/a',
          'component:default/b',
          'component:default/c',
        ];
        const checkRows = () =>
          knex('flexinfra_check_results')
            .select('entity_ref', 'check_id', 'status')
            .orderBy(['entity_ref', 'check_id']);
        await refresh([
          staged(a, { checkStatuses: { c1: 'pass', c2: 'fail' } }),
          staged(b, { checkStatuses: { c1: 'fail' } }),
        ]);

        const writes = await watchRowWrites(knex, ['flexinfra_check_results']);
        await refresh([
          // Rescored, same result: its rows stay.
          staged(a, {
            checkStatuses: { c1: 'pass', c2: 'fail' },
            changed: false,
          }),
          staged(b, { checkStatuses: { c1: 'pass' } }),
          // Not stored yet, though staged as unchanged: its rows are written.
          staged(c, { checkStatuses: { c3: 'pass' }, changed: false }),
        ]);
        // b: one row deleted, one inserted; c: one inserted.
        expect(await writes.count()).toEqual({ flexinfra_check_results: 3 });
        expect(await checkRows()).toEqual([
          { entity_ref: a, check_id: 'c1', status: 'pass' },
          { entity_ref: a, check_id: 'c2', status: 'fail' },
          { entity_ref: b, check_id: 'c1', status: 'pass' },
          { entity_ref: c, check_id: 'c3', status: 'pass' },
        ]);
      });

      it('rolls back a commit that fails midway, leaving the previous results visible', async () => {
        const { knex, clock, runs, store, refresh } = await setup(databaseId);
        const [a, b, c] = [
          'component:default/a',
          'component:default/b',
          'component:default/c',
        ];
        await refresh([staged(a, { stage: 2 }), staged(b)]);

        clock.set('2026-03-11T00:00:00.000Z');
        const run = await runs.startRun();
        await store.stageResults(run.id, [staged(a, { stage: 4 }), staged(c)]);
        const commit = () =>
          store.commitRun({
            runId: run.id,
            seenRefs: new Set([a, c]),
            owners: [],
            targetStage: 3,
            snapshotDay: clock.day(),
            entitiesSeen: 2,
          });
        // Results are written and removed before the owner tree; without
        // its table the commit fails after those writes.
        await knex.schema.renameTable('flexinfra_owners', 'hidden');
        // (Matched by message, not toThrow: see migrations.test.ts.)
        await expect(commit()).rejects.toMatchObject({
          message: expect.stringMatching(
            /no such table: flexinfra_owners|"flexinfra_owners" does not exist/,
          ),
        });
        await knex.schema.renameTable('hidden', 'flexinfra_owners');

        await expect(store.getScorecard(a)).resolves.toMatchObject({
          stage: { number: 2 },
        });
        await expect(store.getScorecard(b)).resolves.toBeDefined();
        await expect(store.getScorecard(c)).resolves.toBeUndefined();
        await expect(store.getHistory(a, { limit: 10 })).resolves.toHaveLength(
          1,
        );
        await expect(store.getHistory(b, { limit: 10 })).resolves.toHaveLength(
          1,
        );
        await expect(runs.getLastRun()).resolves.toMatchObject({
          id: run.id,
          status: 'running',
        });

        // Nothing was lost: the same run can commit now.
        await expect(commit()).resolves.toEqual({
          written: 2,
          removed: 1,
          historyRows: 3,
        });
        await expect(store.getScorecard(a)).resolves.toMatchObject({
          stage: { number: 4 },
        });
      });

      it('discards the staged results of a run', async () => {
        const { knex, clock, runs, store, refresh } = await setup(databaseId);
        const a = 'component:default/a';
        await refresh([staged(a, { stage: 2 })]);

        const run = await runs.startRun();
        await store.stageResults(run.id, [
          staged(a, { stage: 5 }),
          staged('component:default/new'),
        ]);
        await store.discardRun(run.id);
        await expect(knex('flexinfra_staged_results')).resolves.toEqual([]);

        await expect(
          store.commitRun({
            runId: run.id,
            seenRefs: new Set([a]),
            owners: [],
            targetStage: 3,
            snapshotDay: clock.day(),
            entitiesSeen: 1,
          }),
        ).resolves.toEqual({ written: 0, removed: 0, historyRows: 0 });
        await expect(store.getScorecard(a)).resolves.toMatchObject({
          stage: { number: 2 },
        });
        await expect(store.countResults()).resolves.toEqual({
          scored: 1,
          invalid: 0,
        });
      });

      it('clears rows staged by runs that will never commit', async () => {
        const { knex, store, runs, refresh } = await setup(databaseId);
        const stale = await runs.startRun();
        await store.stageResults(stale.id, [staged('component:default/lost')]);

        await refresh([staged('component:default/a')]);
        await expect(knex('flexinfra_staged_results')).resolves.toEqual([]);
        await expect(
          store.getScorecard('component:default/lost'),
        ).resolves.toBeUndefined();
      });

      it('rejects a malformed snapshot day', async () => {
        const { runs, store } = await setup(databaseId);
        const run = await runs.startRun();
        await expect(
          store.commitRun({
            runId: run.id,
            seenRefs: new Set(),
            owners: [],
            targetStage: 3,
            snapshotDay: '10/03/2026',
            entitiesSeen: 0,
          }),
        ).rejects.toMatchObject({ name: 'InputError' });
        await expect(runs.getLastRun()).resolves.toMatchObject({
          status: 'running',
        });
      });
    });

    describe('summaries', () => {
      const org = 'group:default/org';
      const dept = 'group:default/dept';
      const teamA = 'group:default/team-a';
      const teamB = 'group:default/team-b';
      const jane = 'user:default/jane';
      const tree: OwnerNode[] = [
        { ref: org, parentRef: null, title: 'Org' },
        { ref: dept, parentRef: org, title: 'Department' },
        { ref: teamA, parentRef: dept, title: 'Team A' },
        { ref: teamB, parentRef: dept, title: 'Team B' },
      ];
      const entities = [
        staged('component:default/a1', {
          ownerRef: teamA,
          stage: 2,
          score: 40,
          doraScore: 1.25,
        }),
        staged('component:default/a2', {
          ownerRef: teamA,
          stage: 4,
          score: 80,
          doraScore: 3,
        }),
        staged('component:default/b1', {
          ownerRef: teamB,
          stage: 3,
          score: 60,
          doraScore: 2,
        }),
        staged('component:default/b2', { ownerRef: teamB, outcome: 'invalid' }),
        staged('component:default/d1', {
          ownerRef: dept,
          stage: 5,
          score: 95,
          doraScore: 4,
        }),
        staged('component:default/u1', {
          ownerRef: jane,
          stage: 1,
          score: 10,
          doraScore: 1,
        }),
        staged('component:default/n1', {
          ownerRef: null,
          stage: 1,
          score: 20,
          doraScore: 1,
        }),
      ];
      const query = {
        filters: NO_FILTERS,
        targetStage: 3,
        trendDays: 7,
        today: '2026-03-10',
      };

      it('rolls teams up into their department and organisation', async () => {
        const { store, refresh } = await setup(databaseId);
        await refresh(entities, { owners: tree });

        const { total, groups } = await store.getSummary({
          ...query,
          groupBy: 'owner',
        });
        expect(total).toEqual({
          entities: 6,
          invalid: 1,
          stages: { '1': 2, '2': 1, '3': 1, '4': 1, '5': 1 },
          averageScore: 50.8, // 305 / 6
          averageDoraScore: 2.0, // 12.25 / 6
          atTarget: 3,
          atTargetShare: 0.5,
        });
        const deptAggregate = {
          entities: 4,
          invalid: 1,
          stages: { '1': 0, '2': 1, '3': 1, '4': 1, '5': 1 },
          averageScore: 68.8, // 275 / 4
          averageDoraScore: 2.6, // 10.25 / 4
          atTarget: 3,
          atTargetShare: 0.75,
        };
        expect(groups).toEqual([
          { key: dept, parentKey: org, ...deptAggregate, trend: null },
          { key: org, parentKey: null, ...deptAggregate, trend: null },
          {
            key: teamA,
            parentKey: dept,
            entities: 2,
            invalid: 0,
            stages: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 0 },
            averageScore: 60,
            averageDoraScore: 2.1, // 2.125
            atTarget: 1,
            atTargetShare: 0.5,
            trend: null,
          },
          {
            key: teamB,
            parentKey: dept,
            entities: 1,
            invalid: 1,
            stages: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 0 },
            averageScore: 60,
            averageDoraScore: 2,
            atTarget: 1,
            atTargetShare: 1,
            trend: null,
          },
          expect.objectContaining({
            key: jane,
            parentKey: null,
            entities: 1,
            averageScore: 10,
            atTarget: 0,
            atTargetShare: 0,
          }),
          expect.objectContaining({
            key: null,
            parentKey: null,
            entities: 1,
            averageScore: 20,
          }),
        ]);
      });

      it('filters by owner including sub-groups, grouping only within the filtered owners', async () => {
        const { store, refresh } = await setup(databaseId);
        await refresh(entities, { owners: tree });

        const byDept = await store.getSummary({
          ...query,
          groupBy: 'owner',
          filters: { owner: [dept] },
        });
        expect(byDept.total).toMatchObject({ entities: 4, invalid: 1 });
        expect(byDept.groups.map(g => [g.key, g.entities])).toEqual([
          [dept, 4],
          [teamA, 2],
          [teamB, 1],
        ]);

        const byTeamAndUser = await store.getSummary({
          ...query,
          groupBy: 'kind',
          filters: { owner: [teamA, jane] },
        });
        expect(byTeamAndUser.total).toMatchObject({
          entities: 3,
          averageScore: 43.3, // 130 / 3
        });
      });

      it('groups by kind and system, with filters as OR-lists', async () => {
        const { store, refresh } = await setup(databaseId);
        await refresh([
          staged('component:default/c1', {
            systemRef: 'system:default/shop',
            lifecycle: 'production',
            score: 30,
          }),
          staged('component:default/c2', {
            systemRef: 'system:default/shop',
            lifecycle: 'experimental',
            score: 70,
          }),
          staged('api:default/p1', {
            systemRef: 'system:default/shop',
            type: 'openapi',
            score: 90,
            stage: 4,
          }),
          staged('resource:default/r1', {
            systemRef: 'system:default/billing',
            type: 'database',
            outcome: 'invalid',
          }),
          staged('component:default/c3', { systemRef: null, score: 10 }),
        ]);

        const byKind = await store.getSummary({
          ...query,
          groupBy: 'kind',
          filters: { system: ['system:default/shop'] },
        });
        expect(
          byKind.groups.map(g => [g.key, g.entities, g.averageScore]),
        ).toEqual([
          ['api', 1, 90],
          ['component', 2, 50],
        ]);
        expect(byKind.total).toMatchObject({
          entities: 3,
          atTarget: 1,
          atTargetShare: 0.333,
        });

        const bySystem = await store.getSummary({
          ...query,
          groupBy: 'system',
          filters: { lifecycle: ['production', 'experimental'] },
        });
        expect(
          bySystem.groups.map(g => [g.key, g.entities, g.invalid, g.parentKey]),
        ).toEqual([
          ['system:default/billing', 0, 1, null],
          ['system:default/shop', 3, 0, null],
          [null, 1, 0, null],
        ]);
        const billing = bySystem.groups[0];
        expect(billing.averageScore).toBeNull();
        expect(billing.atTargetShare).toBeNull();

        const none = await store.getSummary({
          ...query,
          groupBy: 'type',
          filters: { kind: ['api'], type: ['database'] },
        });
        expect(none.groups).toEqual([]);
        expect(none.total).toMatchObject({
          entities: 0,
          averageScore: null,
        });
      });

      it('compares with the snapshot of trendDays ago, or the oldest since', async () => {
        const { clock, store, refresh } = await setup(databaseId);
        const a = 'component:default/a';
        const b = 'component:default/b';
        const owners = [{ ref: teamA, parentRef: null, title: null }];

        clock.set('2026-03-01T10:00:00.000Z');
        await refresh([staged(a, { score: 40, stage: 2 })], { owners });
        clock.set('2026-03-05T10:00:00.000Z');
        await refresh(
          [
            staged(a, { score: 60, stage: 3 }),
            staged(b, { ownerRef: teamB, score: 20 }),
          ],
          { owners },
        );
        clock.set('2026-03-10T10:00:00.000Z');
        await refresh(
          [
            staged(a, { score: 80, stage: 4 }),
            staged(b, { ownerRef: teamB, score: 30 }),
            staged('component:default/c', { ownerRef: jane }),
          ],
          { owners },
        );
        // A second commit on the same day writes no snapshot.
        await refresh(
          [
            staged(a, { score: 80, stage: 4 }),
            staged(b, { ownerRef: teamB, score: 30 }),
            staged('component:default/c', { ownerRef: jane }),
          ],
          { owners },
        );

        const trends = async (trendDays: number) => {
          const { groups } = await store.getSummary({
            ...query,
            groupBy: 'owner',
            trendDays,
            today: '2026-03-10',
          });
          return Object.fromEntries(groups.map(g => [g.key, g.trend]));
        };

        expect(await trends(7)).toEqual({
          [teamA]: { since: '2026-03-01', averageScore: 40, atTargetShare: 0 },
          // No snapshot as old: the oldest one since.
          [teamB]: { since: '2026-03-05', averageScore: 20, atTargetShare: 0 },
          // No snapshot of a day that is over: no trend.
          [jane]: null,
        });
        expect((await trends(3))[teamA]).toEqual({
          since: '2026-03-05',
          averageScore: 60,
          atTargetShare: 1,
        });
        expect((await trends(30))[teamA]).toMatchObject({
          since: '2026-03-01',
        });

        const byKind = await store.getSummary({
          ...query,
          groupBy: 'kind',
          trendDays: 7,
        });
        expect(byKind.groups).toEqual([
          expect.objectContaining({
            key: 'component',
            averageScore: 53.3, // (80 + 30 + 50) / 3
            trend: {
              since: '2026-03-01',
              averageScore: 40,
              atTargetShare: 0,
            },
          }),
        ]);
      });

      it('survives cycles in the group tree', async () => {
        const { store, refresh } = await setup(databaseId);
        const x = 'group:default/x';
        const y = 'group:default/y';
        const self = 'group:default/self';
        await refresh(
          [
            staged('component:default/a', { ownerRef: x, score: 10 }),
            staged('component:default/b', { ownerRef: y, score: 30 }),
            staged('component:default/c', { ownerRef: self, score: 50 }),
          ],
          {
            owners: [
              { ref: x, parentRef: y, title: null },
              { ref: y, parentRef: x, title: null },
              { ref: self, parentRef: self, title: null },
            ],
          },
        );
        const { groups } = await store.getSummary({
          ...query,
          groupBy: 'owner',
        });
        expect(groups.map(g => [g.key, g.parentKey, g.entities])).toEqual([
          [self, null, 1],
          [x, y, 2],
          [y, x, 2],
        ]);
      });

      it("writes a day's snapshot once, from how it ended, when a later day's first commit closes it", async () => {
        const { knex, clock, refresh } = await setup(databaseId);
        const snapshotRows = (groupBy: string) =>
          knex('flexinfra_snapshots')
            .where({ group_by: groupBy })
            .select('day', 'group_key', 'entities', 'stage_3', 'stage_4')
            .orderBy(['day', 'group_key']);
        const a = 'component:default/a1';

        clock.set('2026-03-10T08:00:00.000Z');
        await refresh([staged(a, { ownerRef: teamA, stage: 2 })], {
          owners: tree,
        });
        clock.set('2026-03-10T15:00:00.000Z');
        await refresh([staged(a, { ownerRef: teamA, stage: 3 })], {
          owners: tree,
        });
        expect(await knex('flexinfra_snapshots')).toEqual([]);

        // Two days later: 2026-03-10 is closed as the 15:00 run left it,
        // before this run's change; 2026-03-12 stays open.
        clock.set('2026-03-12T09:00:00.000Z');
        await refresh([staged(a, { ownerRef: teamB, stage: 4 })], {
          owners: tree,
        });
        const closed = (key: string) => ({
          day: '2026-03-10',
          group_key: key,
          entities: 1,
          stage_3: 1,
          stage_4: 0,
        });
        expect(await snapshotRows('owner')).toEqual([
          closed(dept),
          closed(org),
          closed(teamA),
        ]);
        expect(await snapshotRows('kind')).toEqual([closed('component')]);

        const writes = await watchRowWrites(knex, ['flexinfra_snapshots']);
        await refresh([staged(a, { ownerRef: teamB, stage: 5 })], {
          owners: tree,
        });
        expect(await writes.count()).toEqual({ flexinfra_snapshots: 0 });

        clock.set('2026-03-13T09:00:00.000Z');
        await refresh([staged(a, { ownerRef: teamB, stage: 5 })], {
          owners: tree,
        });
        expect(
          (await snapshotRows('owner')).filter(r => r.day === '2026-03-12'),
        ).toEqual(
          [dept, org, teamB].map(key => ({
            day: '2026-03-12',
            group_key: key,
            entities: 1,
            stage_3: 0,
            stage_4: 0,
          })),
        );
      });

      it('writes only the owner rows that changed', async () => {
        const { knex, refresh } = await setup(databaseId);
        const ownerRows = () =>
          knex('flexinfra_owners')
            .select('member_ref', 'ancestor_ref', 'depth', 'ancestor_title')
            .orderBy(['member_ref', 'ancestor_ref']);
        const results = [
          staged('component:default/a1', { ownerRef: teamA }),
          staged('component:default/u1', { ownerRef: jane }),
        ];
        await refresh(results, { owners: tree });
        const before = await ownerRows();
        expect(before).toHaveLength(1 + 2 + 3 + 3 + 1);
        expect(before).toContainEqual({
          member_ref: jane,
          ancestor_ref: jane,
          depth: 0,
          ancestor_title: null,
        });

        const writes = await watchRowWrites(knex, ['flexinfra_owners']);
        await refresh(results, { owners: tree });
        expect(await writes.count()).toEqual({ flexinfra_owners: 0 });
        expect(await ownerRows()).toEqual(before);

        // The department is renamed and team B moves up under the org; jane
        // owns nothing any more.
        const moved = [
          { ref: org, parentRef: null, title: 'Org' },
          { ref: dept, parentRef: org, title: 'Platform' },
          { ref: teamA, parentRef: dept, title: 'Team A' },
          { ref: teamB, parentRef: org, title: 'Team B' },
        ];
        await refresh([results[0]], { owners: moved });
        const after = await ownerRows();
        expect(after).toHaveLength(1 + 2 + 3 + 2);
        expect(after).not.toContainEqual(
          expect.objectContaining({ member_ref: jane }),
        );
        expect(after).toContainEqual({
          member_ref: teamB,
          ancestor_ref: org,
          depth: 1,
          ancestor_title: 'Org',
        });
        expect(
          after
            .filter(row => row.ancestor_ref === dept)
            .map(row => row.ancestor_title),
        ).toEqual(['Platform', 'Platform']);
        // Deleted: jane's row, team B's two rows above it, the two titled
        // Department; inserted: team B's new row and the two renamed ones.
        expect(await writes.count()).toEqual({ flexinfra_owners: 5 + 3 });
      });
    });

    describe('checks and listings', () => {
      const refs = ['a', 'b', 'c', 'd', 'e', 'f'].map(
        name => `component:default/${name}`,
      );

      async function seed(databaseId_: TestDatabaseId) {
        const fixture = await setup(databaseId_);
        await fixture.refresh([
          staged(refs[0], {
            checkStatuses: { c1: 'pass', c2: 'fail', c3: 'fail' },
          }),
          staged(refs[1], { checkStatuses: { c1: 'pass', c2: 'fail' } }),
          staged(refs[2], {
            checkStatuses: { c1: 'pass', c2: 'waived' },
            ownerRef: 'group:default/team-b',
            stage: 4,
            score: 88,
          }),
          staged(refs[3], { checkStatuses: { c1: 'pass', c2: 'fail' } }),
          staged(refs[4], { checkStatuses: { c1: 'fail' }, kind: 'api' }),
          staged(refs[5], { outcome: 'invalid' }),
        ]);
        return fixture;
      }

      it('lists scored entities lowest score first, paging past ties by ref', async () => {
        const fixture = await setup(databaseId);
        await fixture.refresh([
          staged(refs[0], { score: 50 }),
          staged(refs[1], { score: 20 }),
          staged(refs[2], { score: 50, ownerRef: 'group:default/team-b' }),
          staged(refs[3], { score: 90 }),
          staged(refs[4], { outcome: 'invalid' }),
        ]);
        const { store } = fixture;
        const first = await store.listByScore({
          filters: NO_FILTERS,
          limit: 2,
        });
        expect(first.map(e => [e.entityRef, e.score])).toEqual([
          [refs[1], 20],
          [refs[0], 50],
        ]);
        const last = first[first.length - 1];
        const second = await store.listByScore({
          filters: NO_FILTERS,
          limit: 5,
          after: { score: last.score, entityRef: last.entityRef },
        });
        // The tie at 50 continues with the next ref; invalid is never listed.
        expect(second.map(e => e.entityRef)).toEqual([refs[2], refs[3]]);
        const teamB = await store.listByScore({
          filters: { owner: ['group:default/team-b'] },
          limit: 5,
        });
        expect(teamB.map(e => e.entityRef)).toEqual([refs[2]]);
      });

      it('counts statuses per check, most failed first', async () => {
        const { store } = await seed(databaseId);
        await expect(store.getCheckStatistics(NO_FILTERS)).resolves.toEqual([
          { checkId: 'c2', pass: 0, fail: 3, waived: 1 },
          { checkId: 'c1', pass: 4, fail: 1, waived: 0 },
          { checkId: 'c3', pass: 0, fail: 1, waived: 0 },
        ]);
        await expect(
          store.getCheckStatistics({ kind: ['api'] }),
        ).resolves.toEqual([{ checkId: 'c1', pass: 0, fail: 1, waived: 0 }]);
      });

      it('pages through the entities with a check status', async () => {
        const { store } = await seed(databaseId);
        const page = (after?: string) =>
          store.getCheckEntities({
            checkId: 'c1',
            status: 'pass',
            filters: NO_FILTERS,
            limit: 3,
            after,
          });

        const first = await page();
        expect(first.items.map(i => i.entityRef)).toEqual(refs.slice(0, 3));
        expect(first.nextCursor).toBe(refs[2]);
        expect(first.items[2]).toEqual({
          entityRef: refs[2],
          title: 'Title of c',
          ownerRef: 'group:default/team-b',
          stage: 4,
          score: 88,
          status: 'pass',
        });
        const second = await page(first.nextCursor!);
        expect(second.items.map(i => i.entityRef)).toEqual([refs[3]]);
        expect(second.nextCursor).toBeNull();

        // Exactly a page left: no cursor to an empty page.
        const exact = await store.getCheckEntities({
          checkId: 'c2',
          status: 'fail',
          filters: NO_FILTERS,
          limit: 3,
        });
        expect(exact.items.map(i => i.entityRef)).toEqual([
          refs[0],
          refs[1],
          refs[3],
        ]);
        expect(exact.nextCursor).toBeNull();

        const filtered = await store.getCheckEntities({
          checkId: 'c1',
          status: 'pass',
          filters: { owner: ['group:default/team-b'] },
          limit: 3,
        });
        expect(filtered.items.map(i => i.entityRef)).toEqual([refs[2]]);
      });

      it('pages through all results with their failing checks', async () => {
        const { clock, store } = await seed(databaseId);
        const listed = [];
        let after: string | undefined;
        for (let pages = 0; pages < 10; pages++) {
          const page = await store.listResults({
            filters: NO_FILTERS,
            limit: 4,
            after,
          });
          listed.push(...page);
          if (page.length < 4) {
            break;
          }
          after = page[page.length - 1].entityRef;
        }
        expect(listed.map(r => r.entityRef)).toEqual(refs);
        expect(listed.map(r => r.failingChecks)).toEqual([
          ['c2', 'c3'],
          ['c2'],
          [],
          ['c2'],
          ['c1'],
          [],
        ]);
        expect(listed[5]).toEqual({
          entityRef: refs[5],
          kind: 'component',
          namespace: 'default',
          name: 'f',
          title: 'Title of f',
          type: 'service',
          lifecycle: 'production',
          ownerRef: 'group:default/team-a',
          systemRef: null,
          domainRef: null,
          outcome: 'invalid',
          stage: null,
          score: null,
          doraScore: null,
          failingChecks: [],
          modelVersion: 'model-1',
          computedAt: clock.iso(),
        });

        await expect(
          store.listResults({ filters: { kind: ['api'] }, limit: 10 }),
        ).resolves.toMatchObject([{ entityRef: refs[4], kind: 'api' }]);
      });
    });

    it('reads the history since a time, with the last entry before it', async () => {
      const { clock, store, refresh } = await setup(databaseId);
      const a = 'component:default/a';
      const b = 'component:default/b';
      clock.set('2026-01-01T12:00:00.000Z');
      await refresh([staged(a, { score: 10 })]);
      clock.set('2026-01-03T12:00:00.000Z');
      await refresh([staged(a, { score: 20 })]);
      clock.set('2026-01-05T12:00:00.000Z');
      await refresh([staged(a, { score: 30 }), staged(b, { score: 5 })]);
      clock.set('2026-01-09T12:00:00.000Z');
      await refresh([staged(a, { score: 40 }), staged(b, { score: 6 })]);

      const history = await store.getHistorySince(
        [a, b, 'component:default/none'],
        new Date('2026-01-04T00:00:00.000Z'),
      );
      expect([...history.keys()].sort()).toEqual([a, b]);
      expect(history.get(a)?.before).toMatchObject({
        recordedAt: '2026-01-03T12:00:00.000Z',
        score: 20,
      });
      expect(history.get(a)?.entries.map(e => e.score)).toEqual([30, 40]);
      expect(history.get(b)?.before).toBeUndefined();
      expect(history.get(b)?.entries.map(e => e.recordedAt)).toEqual([
        '2026-01-05T12:00:00.000Z',
        '2026-01-09T12:00:00.000Z',
      ]);
    });

    it('deletes history and snapshots past their retention', async () => {
      const { knex, clock, store, refresh } = await setup(databaseId);
      const a = 'component:default/a';
      for (const [day, score] of [
        ['2026-01-01', 10],
        ['2026-01-20', 20],
        ['2026-02-10', 30],
      ] as const) {
        clock.set(`${day}T12:00:00.000Z`);
        await refresh([staged(a, { score })]);
      }
      // Closes 2026-02-10 (unchanged: no history row).
      clock.set('2026-02-11T12:00:00.000Z');
      await refresh([staged(a, { score: 30, changed: false })]);
      const snapshotDays = async () =>
        [
          ...new Set(
            (await knex('flexinfra_snapshots').select('day')).map(r => r.day),
          ),
        ].sort();
      expect(await snapshotDays()).toEqual([
        '2026-01-01',
        '2026-01-20',
        '2026-02-10',
      ]);
      const snapshotRows = (await knex('flexinfra_snapshots')).length;
      const oldSnapshotRows = (
        await knex('flexinfra_snapshots').where({ day: '2026-01-01' })
      ).length;
      expect(oldSnapshotRows).toBeGreaterThan(0);

      const result = await store.applyRetention({
        historyDays: 30,
        snapshotDays: 40,
        now: new Date('2026-02-15T00:00:00.000Z'),
      });
      // History from before 2026-01-16, snapshots from before 2026-01-06.
      expect(result).toEqual({ historyRows: 1, snapshotRows: oldSnapshotRows });
      expect(
        (await store.getHistory(a, { limit: 10 })).map(h => h.score),
      ).toEqual([30, 20]);
      expect(await snapshotDays()).toEqual(['2026-01-20', '2026-02-10']);
      expect((await knex('flexinfra_snapshots')).length).toBe(
        snapshotRows - oldSnapshotRows,
      );

      await expect(
        store.applyRetention({
          historyDays: 30,
          snapshotDays: 40,
          now: new Date('2026-02-15T00:00:00.000Z'),
        }),
      ).resolves.toEqual({ historyRows: 0, snapshotRows: 0 });
    });
  },
);
