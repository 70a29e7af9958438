import { createHash } from 'node:crypto';
import {
  mockServices,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  applyModelOverrides,
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { CatalogReader } from '../catalog/CatalogReader';
import { catalogFieldsFor } from '../catalog/catalogFields';
import { DatabaseRefreshRunStore } from '../database/DatabaseRefreshRunStore';
import { DatabaseResultStore } from '../database/DatabaseResultStore';
import type { RefreshListener } from './RefreshListener';
import { RefreshTask } from './RefreshTask';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const model = compileModel(defaultModelDefinition);

function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children: [], ...(parent && { parent }) },
  };
}

function service(
  name: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team-a',
      system: 'shop',
    },
  };
}

const IAC = { 'flexinfra.io/iac-tool': 'terraform' };

/** A catalog that can fail: on the given page, or from the start. */
function failingCatalog(
  entities: Entity[],
  failOnPage: number,
  error = new Error('catalog timed out'),
): CatalogService {
  const real = catalogServiceMock({ entities });
  let pages = 0;
  return {
    ...real,
    getEntitiesByRefs: real.getEntitiesByRefs.bind(real),
    queryEntities: async (request, options) => {
      const response = await real.queryEntities(request, options);
      if (
        (request as { filter?: { kind?: unknown } })?.filter?.kind !==
          'Group' &&
        (request as { filter?: { kind?: unknown } })?.filter?.kind !== 'System'
      ) {
        pages += 1;
        if (pages === failOnPage) {
          throw error;
        }
      }
      return response;
    },
  } as CatalogService;
}

/**
 * The entities as the catalog serves them: each with an etag that changes
 * whenever the entity does (the catalog's stitcher hashes the final entity).
 */
function withEtags(entities: Entity[]): Entity[] {
  return entities.map(entity =>
    entity.metadata.etag
      ? entity
      : {
          ...entity,
          metadata: {
            ...entity.metadata,
            etag: createHash('sha1')
              .update(JSON.stringify(entity))
              .digest('hex'),
          },
        },
  );
}

/** The real in-memory catalog, noting which refs were read in full. */
function recordingCatalog(entities: Entity[]) {
  const real = catalogServiceMock({ entities: withEtags(entities) });
  const readInFull: string[] = [];
  const catalog = {
    ...real,
    queryEntities: real.queryEntities.bind(real),
    getEntitiesByRefs: async (
      request: Parameters<CatalogService['getEntitiesByRefs']>[0],
      options: Parameters<CatalogService['getEntitiesByRefs']>[1],
    ) => {
      readInFull.push(...request.entityRefs);
      return real.getEntitiesByRefs(request, options);
    },
  } as CatalogService;
  return { catalog, readInFull };
}

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const database = mockServices.database({ knex });
  const resultStore = await DatabaseResultStore.create({ database });
  let day = new Date('2026-05-01T08:00:00Z');
  const runStore = await DatabaseRefreshRunStore.create({
    database,
    now: () => day,
  });

  function task(
    catalog: CatalogService | Entity[],
    options: {
      model?: typeof model;
      pageSize?: number;
      fullReadEvery?: { hours: number };
      listeners?: RefreshListener[];
    } = {},
  ) {
    const service_ = Array.isArray(catalog)
      ? catalogServiceMock({ entities: withEtags(catalog) })
      : catalog;
    const usedModel = options.model ?? model;
    return new RefreshTask({
      reader: new CatalogReader({
        catalog: service_,
        auth: mockServices.auth(),
        kinds: ['Component', 'Resource', 'System'],
        fields: catalogFieldsFor(usedModel.definition.checks),
        pageSize: options.pageSize ?? 2,
      }),
      model: usedModel,
      resultStore,
      runStore,
      factProviders: [],
      retention: { historyDays: 365, snapshotDays: 730, runs: 50 },
      logger: mockServices.logger.mock(),
      now: () => day,
      fullReadEvery: options.fullReadEvery,
      listeners: options.listeners,
    });
  }
  const nextDay = () => {
    day = new Date(day.getTime() + 24 * 3600 * 1000);
  };
  return { knex, resultStore, runStore, task, nextDay };
}

const org = [group('acme'), group('team-a', 'acme')];

describe.each(databases.eachSupportedId())('RefreshTask on %p', databaseId => {
  it('scores every entity over several pages and serves the results', async () => {
    const { task, resultStore } = await setup(databaseId);
    const catalog = [...org, service('a'), service('b', IAC), service('c')];

    const run = await task(catalog).run('schedule');

    expect(run).toMatchObject({
      status: 'succeeded',
      entitiesSeen: 3,
      entitiesScored: 3,
      entitiesChanged: 3,
      entitiesRemoved: 0,
      modelVersion: model.version,
    });
    const b = await resultStore.getScorecard('component:default/b');
    expect(b?.checks.find(c => c.id === 'iac-managed')?.status).toBe('pass');
    const a = await resultStore.getScorecard('component:default/a');
    expect(a?.checks.find(c => c.id === 'iac-managed')?.status).toBe('fail');
    const summary = await resultStore.getSummary({
      groupBy: 'owner',
      filters: {},
      targetStage: 3,
      trendDays: 30,
      today: '2026-05-01',
    });
    expect(
      summary.groups.find(g => g.key === 'group:default/acme'),
    ).toMatchObject({
      entities: 3,
    });
  });

  it('rescores only the entities whose input changed', async () => {
    const { task, resultStore, knex } = await setup(databaseId);
    const before = [...org, service('a'), service('b'), service('c')];
    await task(before).run('schedule');
    const computedAt = async (name: string) =>
      (await resultStore.getScorecard(`component:default/${name}`))!.computedAt;
    const aBefore = await computedAt('a');

    const unchanged = await task(before).run('schedule');
    expect(unchanged).toMatchObject({
      status: 'succeeded',
      entitiesSeen: 3,
      entitiesScored: 0,
      entitiesChanged: 0,
    });

    const after = [...org, service('a'), service('b', IAC), service('c')];
    const changed = await task(after).run('schedule');
    expect(changed).toMatchObject({ entitiesScored: 1, entitiesChanged: 1 });
    expect(await computedAt('a')).toBe(aBefore);
    const history = await resultStore.getHistory('component:default/b', {
      limit: 10,
    });
    expect(history).toHaveLength(2);
    expect(history[0].changes).toContainEqual({
      id: 'iac-managed',
      from: 'fail',
      to: 'pass',
    });
    expect(
      Number((await knex('flexinfra_history').count({ n: '*' }))[0].n),
    ).toBe(4);
  });

  it('rescores everything when the model version changes', async () => {
    const { task } = await setup(databaseId);
    const catalog = [...org, service('a'), service('b')];
    await task(catalog).run('schedule');
    const changedModel = compileModel(
      applyModelOverrides(defaultModelDefinition, {
        checks: { runbook: { weight: 7 } },
      }),
    );
    expect(changedModel.version).not.toBe(model.version);

    const run = await task(catalog, { model: changedModel }).run('schedule');
    expect(run).toMatchObject({
      entitiesScored: 2,
      modelVersion: changedModel.version,
    });
  });

  it('removes the results of entities gone from the catalog', async () => {
    const { task, resultStore } = await setup(databaseId);
    await task([...org, service('a'), service('b')]).run('schedule');

    const run = await task([...org, service('a')]).run('schedule');

    expect(run).toMatchObject({ status: 'succeeded', entitiesRemoved: 1 });
    expect(
      await resultStore.getScorecard('component:default/b'),
    ).toBeUndefined();
    expect(await resultStore.getScorecard('component:default/a')).toBeDefined();
    const history = await resultStore.getHistory('component:default/b', {
      limit: 10,
    });
    expect(history[0].outcome).toBe('removed');
  });

  it('drops the result of an entity the model stops applying to', async () => {
    const { task, resultStore } = await setup(databaseId);
    await task([...org, service('a')]).run('schedule');
    const library = service('a');
    library.spec!.type = 'library';

    await task([...org, library]).run('schedule');
    expect(
      await resultStore.getScorecard('component:default/a'),
    ).toBeUndefined();
  });

  it("moves an entity to its system's new domain, though the entity itself did not change", async () => {
    const { task, knex } = await setup(databaseId);
    const shop = (domain: string): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'shop' },
      spec: { owner: 'group:default/team-a', domain },
    });
    const domainOf = async () =>
      (
        await knex('flexinfra_results')
          .where({ entity_ref: 'component:default/a' })
          .first()
      ).domain_ref;

    await task([...org, shop('payments'), service('a')]).run('schedule');
    expect(await domainOf()).toBe('domain:default/payments');

    const run = await task([...org, shop('commerce'), service('a')]).run(
      'schedule',
    );
    expect(await domainOf()).toBe('domain:default/commerce');
    expect(run.status).toBe('succeeded');
  });

  it('returns the run it performed', async () => {
    const { task, runStore } = await setup(databaseId);
    const run = await task([...org, service('a')]).run('manual');
    expect(run).toEqual(await runStore.getRun(run.id));
    expect(run).toMatchObject({ status: 'succeeded', trigger: 'manual' });
    await expect(runStore.getRun(run.id + 100)).resolves.toBeUndefined();
  });

  it('tells its listeners before the commit (previous results still stored) and after', async () => {
    const { task, resultStore } = await setup(databaseId);
    await task([...org, service('a')]).run('schedule');
    const told: string[] = [];
    const listener: RefreshListener = {
      async beforeCommit(runId) {
        const stored = await resultStore.getScorecard('component:default/a');
        told.push(
          `before ${runId}: iac ${
            stored?.checks.find(c => c.id === 'iac-managed')?.status
          }`,
        );
      },
      async afterCommit(run) {
        const stored = await resultStore.getScorecard('component:default/a');
        told.push(
          `after ${run.id} ${run.status}: iac ${
            stored?.checks.find(c => c.id === 'iac-managed')?.status
          }`,
        );
      },
    };
    const failing: RefreshListener = {
      beforeCommit: async () => {
        throw new Error('listener broke');
      },
      afterCommit: async () => {
        throw new Error('listener broke');
      },
    };

    const run = await task([...org, service('a', IAC)], {
      listeners: [failing, listener],
    }).run('schedule');

    expect(run.status).toBe('succeeded');
    expect(told).toEqual([
      `before ${run.id}: iac fail`,
      `after ${run.id} succeeded: iac pass`,
    ]);

    // A failed run commits nothing and tells nothing after.
    told.length = 0;
    const failed = await task(failingCatalog([...org, service('a')], 1), {
      listeners: [listener],
    }).run('schedule');
    expect(failed.status).toBe('failed');
    expect(told).toEqual([]);
  });

  it('keeps the last good results and records why when the catalog fails mid-run', async () => {
    const { task, resultStore, runStore } = await setup(databaseId);
    await task([...org, service('a'), service('b'), service('c')]).run(
      'schedule',
    );
    const good = await resultStore.getScorecard('component:default/a');

    // Everything changed, but the catalog times out on the second page.
    const changed = [
      ...org,
      service('a', IAC),
      service('b', IAC),
      service('c', IAC),
    ];
    const failed = await task(failingCatalog(changed, 2)).run('manual');

    expect(failed).toMatchObject({
      status: 'failed',
      error: 'catalog timed out',
      trigger: 'manual',
    });
    expect(await resultStore.getScorecard('component:default/a')).toEqual(good);
    expect((await runStore.getLastSuccessfulRun())?.id).not.toBe(failed.id);

    // The next run retries and succeeds.
    const retried = await task(changed).run('schedule');
    expect(retried).toMatchObject({ status: 'succeeded', entitiesScored: 3 });
    const a = await resultStore.getScorecard('component:default/a');
    expect(a?.checks.find(c => c.id === 'iac-managed')?.status).toBe('pass');
  });

  it('scores a malformed entity as invalid, alone, and goes on', async () => {
    const { task, resultStore } = await setup(databaseId);
    const broken = service('broken');
    (broken.metadata as any).annotations = 'not a map';

    const run = await task([...org, service('a'), broken, service('c')]).run(
      'schedule',
    );

    expect(run.status).toBe('succeeded');
    const scorecard = await resultStore.getScorecard(
      'component:default/broken',
    );
    expect(scorecard).toMatchObject({ outcome: 'invalid', stage: null });
    expect(scorecard?.error).toMatch(/annotations/);
    expect(await resultStore.countResults()).toEqual({ scored: 2, invalid: 1 });
  });

  it('rescores an entity with a waiver each day, since waivers expire', async () => {
    const { task, nextDay } = await setup(databaseId);
    const waived = service('a', {
      'flexinfra.io/waive.iac-managed': '2026-05-01: migrating next sprint',
    });
    const catalog = [...org, waived, service('b')];
    await task(catalog).run('schedule');
    expect(await task(catalog).run('schedule')).toMatchObject({
      entitiesScored: 0,
    });

    nextDay();
    const run = await task(catalog).run('schedule');
    expect(run).toMatchObject({ entitiesScored: 1, entitiesChanged: 1 });
  });

  it('stops when aborted, as on a timeout, keeping the last good results', async () => {
    const { task, resultStore } = await setup(databaseId);
    await task([...org, service('a')]).run('schedule');
    const controller = new AbortController();
    controller.abort(new Error('The refresh timed out'));

    const run = await task([...org, service('a', IAC)]).run(
      'schedule',
      controller.signal,
    );
    expect(run).toMatchObject({
      status: 'failed',
      error: 'The refresh timed out',
    });
    const a = await resultStore.getScorecard('component:default/a');
    expect(a?.checks.find(c => c.id === 'iac-managed')?.status).toBe('fail');
  });

  describe('change detection', () => {
    function database(provisioning: string): Entity {
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'db',
          annotations: { 'flexinfra.io/provisioning': provisioning },
        },
        spec: { type: 'database', owner: 'group:default/team-a' },
      };
    }
    function dependingOnDb(name: string): Entity {
      const entity = service(name);
      entity.spec!.dependsOn = ['resource:default/db'];
      return entity;
    }
    const statusOf = async (
      resultStore: Awaited<ReturnType<typeof setup>>['resultStore'],
      ref: string,
      checkId: string,
    ) =>
      (await resultStore.getScorecard(ref))?.checks.find(c => c.id === checkId)
        ?.status;
    const distinct = (refs: string[]) => [...new Set(refs)].sort();
    const managedDependenciesOfA = (
      resultStore: Awaited<ReturnType<typeof setup>>['resultStore'],
    ) => statusOf(resultStore, 'component:default/a', 'managed-dependencies');

    it('reads in full only the entities whose etag changed, and the entities scored with them', async () => {
      const { task, resultStore, runStore } = await setup(databaseId);
      const first = recordingCatalog([
        ...org,
        database('manual'),
        dependingOnDb('a'),
        service('b'),
      ]);
      await task(first.catalog).run('schedule');
      expect((await runStore.getLastFullRead())?.entitiesScored).toBe(3);
      expect(await managedDependenciesOfA(resultStore)).toBe('fail');

      // The resource a depends on is now managed as code; a and b did not change.
      const second = recordingCatalog([
        ...org,
        database('iac'),
        dependingOnDb('a'),
        service('b'),
      ]);
      const run = await task(second.catalog).run('schedule');

      expect(run).toMatchObject({
        status: 'succeeded',
        entitiesSeen: 3,
        entitiesScored: 2,
        entitiesRemoved: 0,
      });
      // Read in full: the changed resource, and a, which was scored with it
      // (and a's dependsOn target again, to score a). Never b.
      expect(distinct(second.readInFull)).toEqual([
        'component:default/a',
        'resource:default/db',
      ]);
      expect(await managedDependenciesOfA(resultStore)).toBe('pass');
      expect(
        await resultStore.getScorecard('component:default/b'),
      ).toBeDefined();
    });

    it('reads nothing in full when nothing changed, and rescores nothing', async () => {
      const { task, resultStore } = await setup(databaseId);
      const entities = [
        ...org,
        database('iac'),
        dependingOnDb('a'),
        service('b'),
      ];
      await task(recordingCatalog(entities).catalog).run('schedule');
      const before = await resultStore.getScorecard('component:default/a');

      const unchanged = recordingCatalog(entities);
      const run = await task(unchanged.catalog).run('schedule');

      expect(run).toMatchObject({ entitiesSeen: 3, entitiesScored: 0 });
      expect(unchanged.readInFull).toEqual([]);
      expect(await resultStore.getScorecard('component:default/a')).toEqual(
        before,
      );
    });

    it('rescores the dependents of a removed entity, and removes its result', async () => {
      const { task, resultStore } = await setup(databaseId);
      await task(
        recordingCatalog([
          ...org,
          database('iac'),
          dependingOnDb('a'),
          service('b'),
        ]).catalog,
      ).run('schedule');
      expect(await managedDependenciesOfA(resultStore)).toBe('pass');

      const gone = recordingCatalog([...org, dependingOnDb('a'), service('b')]);
      const run = await task(gone.catalog).run('schedule');

      expect(run).toMatchObject({ entitiesRemoved: 1, entitiesScored: 1 });
      // a, scored with the removed resource; the resource itself is asked
      // for only as a's dependsOn target, and found gone.
      expect(distinct(gone.readInFull)).toEqual([
        'component:default/a',
        'resource:default/db',
      ]);
      expect(await managedDependenciesOfA(resultStore)).toBe('fail');
      expect(
        await resultStore.getScorecard('resource:default/db'),
      ).toBeUndefined();
    });

    it('reads everything in full when asked by hand, and once fullReadEvery has passed', async () => {
      const { task, nextDay, knex } = await setup(databaseId);
      const entities = [...org, service('a'), service('b')];
      const every = { fullReadEvery: { hours: 48 } };
      const modeOf = async (run: { id: number }) =>
        (await knex('flexinfra_refresh_runs').where({ id: run.id }).first())
          .read_mode;

      expect(await modeOf(await task(entities).run('schedule'))).toBe('full');
      expect(await modeOf(await task(entities, every).run('schedule'))).toBe(
        'changes',
      );
      expect(await modeOf(await task(entities, every).run('manual'))).toBe(
        'full',
      );
      nextDay();
      expect(await modeOf(await task(entities, every).run('schedule'))).toBe(
        'changes',
      );
      nextDay();
      expect(await modeOf(await task(entities, every).run('schedule'))).toBe(
        'full',
      );
    });
  });
});
