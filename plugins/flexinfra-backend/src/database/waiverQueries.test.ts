import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import {
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { seedResults } from '../service/__testUtils__/seedResults';
import { DatabaseRefreshRunStore } from './DatabaseRefreshRunStore';
import { DatabaseResultStore } from './DatabaseResultStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const model = compileModel(defaultModelDefinition);

describe.each(databases.eachSupportedId())('waivers on %p', databaseId => {
  async function setup(id: TestDatabaseId) {
    const knex = await databases.init(id);
    const database = mockServices.database({ knex });
    const resultStore = await DatabaseResultStore.create({ database });
    await seedResults({
      resultStore,
      refreshRunStore: await DatabaseRefreshRunStore.create({ database }),
      model,
      specs: [
        {
          entityRef: 'component:default/a',
          title: 'A',
          ownerRef: 'group:default/payments',
          checks: { 'on-call': 'waived', runbook: 'waived', owned: 'pass' },
          waivers: {
            'on-call': { reason: 'Team forming', expires: '2027-02-01' },
            runbook: { reason: 'Being written', expires: '2027-03-01' },
          },
        },
        {
          entityRef: 'component:default/b',
          ownerRef: 'group:default/web',
          lifecycle: 'experimental',
          checks: { 'on-call': 'waived', runbook: 'fail' },
          waivers: {
            'on-call': { reason: 'Prototype', expires: '2027-01-15' },
          },
        },
        {
          entityRef: 'component:default/c',
          ownerRef: 'group:default/web',
          checks: { 'on-call': 'pass' },
        },
      ],
    });
    return resultStore;
  }

  it('reads the active waivers with their reasons and expiry, filtered', async () => {
    const store = await setup(databaseId);
    const all = await store.getWaivers({ filters: {} });
    expect(
      all.map(w => [w.entityRef, w.checkId, w.reason, w.expires]).sort(),
    ).toEqual([
      ['component:default/a', 'on-call', 'Team forming', '2027-02-01'],
      ['component:default/a', 'runbook', 'Being written', '2027-03-01'],
      ['component:default/b', 'on-call', 'Prototype', '2027-01-15'],
    ]);
    expect(all.find(w => w.checkId === 'runbook')).toMatchObject({
      title: 'A',
      ownerRef: 'group:default/payments',
      checkTitle: model.definition.checks.find(c => c.id === 'runbook')!.title,
    });

    const runbooks = await store.getWaivers({
      filters: {},
      checkId: 'runbook',
    });
    expect(runbooks.map(w => w.entityRef)).toEqual(['component:default/a']);
    const experimental = await store.getWaivers({
      filters: { lifecycle: ['experimental'] },
    });
    expect(experimental.map(w => w.entityRef)).toEqual(['component:default/b']);
    // Group payments sits under engineering in the seeded tree.
    const engineering = await store.getWaivers({
      filters: { owner: ['group:default/engineering'] },
    });
    expect(engineering.map(w => w.checkId).sort()).toEqual([
      'on-call',
      'runbook',
    ]);
    expect(await store.getParentGroups()).toEqual(
      new Map([['group:default/payments', 'group:default/engineering']]),
    );
  });
});
