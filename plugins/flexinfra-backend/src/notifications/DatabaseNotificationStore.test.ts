import {
  mockServices,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import {
  compileModel,
  defaultModelDefinition,
  type CompiledModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseRefreshRunStore } from '../database/DatabaseRefreshRunStore';
import { DatabaseResultStore } from '../database/DatabaseResultStore';
import {
  stagedResult,
  type ResultSpec,
} from '../service/__testUtils__/seedResults';
import { DatabaseNotificationStore } from './DatabaseNotificationStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const model = compileModel(defaultModelDefinition);
const otherModel: CompiledModel = { ...model, version: 'another-version' };

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const database = mockServices.database({ knex });
  const runs = await DatabaseRefreshRunStore.create({ database });
  const results = await DatabaseResultStore.create({ database });
  const store = await DatabaseNotificationStore.create({ database });

  /** Stages results in a new run; `commit()` then commits them. */
  async function stage(specs: ResultSpec[], withModel = model) {
    const run = await runs.startRun({ modelVersion: withModel.version });
    const previous = await results.getDigests(specs.map(s => s.entityRef));
    await results.stageResults(
      run.id,
      specs.map(spec => {
        const result = stagedResult(withModel, spec);
        const before = previous.get(spec.entityRef)?.checkStatuses ?? {};
        return {
          ...result,
          changes: [
            ...new Set([
              ...Object.keys(before),
              ...Object.keys(result.checkStatuses),
            ]),
          ]
            .filter(id => before[id] !== result.checkStatuses[id])
            .map(id => ({
              id,
              from: before[id] ?? null,
              to: result.checkStatuses[id] ?? null,
            })),
        };
      }),
    );
    return {
      runId: run.id,
      commit: () =>
        results.commitRun({
          runId: run.id,
          seenRefs: new Set(specs.map(s => s.entityRef)),
          owners: [],
          targetStage: 3,
          snapshotDay: '2027-03-10',
          entitiesSeen: specs.length,
        }),
    };
  }
  return { knex, store, stage };
}

const api = 'component:default/checkout-api';
const db = 'resource:default/db';

describe.each(databases.eachSupportedId())(
  'DatabaseNotificationStore on %p',
  databaseId => {
    it('claims each key once, releases and prunes', async () => {
      const { store } = await setup(databaseId);
      const sent = { cause: 'waiver-expiring' as const, subject: api };
      const now = new Date('2027-03-10T08:00:00.000Z');

      expect(
        await store.claim({ ...sent, keys: ['a', 'b', 'a'], now }),
      ).toEqual(['a', 'b']);
      expect(await store.claim({ ...sent, keys: ['a', 'b'], now })).toEqual([]);
      expect(await store.claim({ ...sent, keys: ['b', 'c'], now })).toEqual([
        'c',
      ]);
      // Another cause or subject is another notification.
      expect(
        await store.claim({ ...sent, subject: db, keys: ['a'], now }),
      ).toEqual(['a']);
      expect(
        await store.claim({
          cause: 'stage-drop',
          subject: api,
          keys: ['a'],
          now,
        }),
      ).toEqual(['a']);

      await store.release({ ...sent, keys: ['c'] });
      expect(await store.claim({ ...sent, keys: ['c'], now })).toEqual(['c']);

      const later = new Date('2028-03-10T08:00:00.000Z');
      expect(await store.prune({ causes: ['stage-drop'], before: later })).toBe(
        1,
      );
      expect(
        await store.claim({
          cause: 'stage-drop',
          subject: api,
          keys: ['a'],
          now,
        }),
      ).toEqual(['a']);
      expect(await store.claim({ ...sent, keys: ['a'], now })).toEqual([]);
    });

    it('finds the staged results worse than the stored ones, with the evidence they had', async () => {
      const { store, stage } = await setup(databaseId);
      const first = await stage([
        {
          entityRef: api,
          title: 'Checkout API',
          ownerRef: 'group:default/team-a',
          stage: 3,
          checks: {
            'iac-managed': 'pass',
            runbook: 'waived',
            documented: 'pass',
          },
        },
        { entityRef: db, stage: 2, checks: { 'iac-managed': 'pass' } },
      ]);
      // The very first scoring is no regression.
      expect(await store.findRegressions(first.runId)).toEqual([]);
      await first.commit();

      const second = await stage([
        {
          entityRef: api,
          title: 'Checkout API',
          ownerRef: 'group:default/team-a',
          stage: 2,
          checks: {
            'iac-managed': 'fail',
            runbook: 'fail',
            documented: 'pass',
          },
        },
        // Better: no regression.
        { entityRef: db, stage: 3, checks: { 'iac-managed': 'pass' } },
        // New: no regression.
        {
          entityRef: 'component:default/new',
          stage: 1,
          checks: { 'iac-managed': 'fail' },
        },
      ]);
      expect(await store.findRegressions(second.runId)).toEqual([
        {
          entityRef: api,
          title: 'Checkout API',
          ownerRef: 'group:default/team-a',
          runId: second.runId,
          fromStage: 3,
          toStage: 2,
          failed: [
            {
              id: 'iac-managed',
              from: 'pass',
              evidence: [
                { origin: 'catalog', text: 'evidence of iac-managed' },
              ],
            },
            { id: 'runbook', from: 'waived', evidence: [] },
          ],
        },
      ]);
      await second.commit();
      // Once committed, the stored results are the new ones.
      expect(await store.findRegressions(second.runId)).toEqual([]);
    });

    it('finds a lower stage without a failing check, and no change of another model version', async () => {
      const { store, stage } = await setup(databaseId);
      await (
        await stage([{ entityRef: api, stage: 3, checks: { runbook: 'pass' } }])
      ).commit();

      const otherVersion = await stage(
        [{ entityRef: api, stage: 1, checks: { runbook: 'fail' } }],
        otherModel,
      );
      expect(await store.findRegressions(otherVersion.runId)).toEqual([]);

      const lower = await stage([
        { entityRef: api, stage: 2, checks: { runbook: 'pass' } },
      ]);
      expect(await store.findRegressions(lower.runId)).toEqual([
        expect.objectContaining({ fromStage: 3, toStage: 2, failed: [] }),
      ]);
    });

    it('leaves out invalid results', async () => {
      const { store, stage } = await setup(databaseId);
      await (
        await stage([{ entityRef: api, stage: 3, checks: { runbook: 'pass' } }])
      ).commit();
      const invalid = await stage([{ entityRef: api, outcome: 'invalid' }]);
      expect(await store.findRegressions(invalid.runId)).toEqual([]);
    });
  },
);
