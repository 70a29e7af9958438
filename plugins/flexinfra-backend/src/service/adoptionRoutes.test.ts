import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import type { TemplateRun } from '../adoption/AdoptionStore';
import { DatabaseAdoptionStore } from '../adoption/DatabaseAdoptionStore';
import { DatabaseCampaignStore } from '../campaigns/DatabaseCampaignStore';
import { DatabaseRefreshRunStore } from '../database/DatabaseRefreshRunStore';
import { DatabaseResultStore } from '../database/DatabaseResultStore';
import {
  checkedResponses,
  documentedJsonResponses,
  expectResponseMatchesSpec,
  isAdoptionPath,
} from './__testUtils__/openApiResponses';
import { ResultSpec, stagedResult } from './__testUtils__/seedResults';
import { createRouter } from './router';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const model = compileModel(defaultModelDefinition);
const ADOPT_IAC = 'template:default/flexinfra-adopt-iac';

function entity(kind: string, name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name },
    spec: {},
  };
}

/** component:default/secret is not readable by the caller. */
const CATALOG = [entity('Component', 'checkout'), entity('Component', 'web')];

function run(fields: Partial<TemplateRun> = {}): TemplateRun {
  return {
    taskId: 'task-1',
    templateRef: ADOPT_IAC,
    templateTitle: 'Adopt infrastructure as code',
    checkIds: ['iac-managed'],
    entityRef: 'component:default/checkout',
    createdBy: 'user:default/alice',
    status: 'completed',
    createdAt: '2027-01-02T12:00:00.000Z',
    ...fields,
  };
}

async function createApp() {
  const knex = await databases.init('SQLITE_3');
  const database = mockServices.database({ knex });
  const clock = { time: new Date('2027-01-01T10:00:00.000Z') };
  const now = () => clock.time;
  const resultStore = await DatabaseResultStore.create({ database, now });
  const refreshRunStore = await DatabaseRefreshRunStore.create({
    database,
    now,
  });
  const adoptionStore = await DatabaseAdoptionStore.create({ database });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    permissions: mockServices.permissions(),
    catalog: catalogServiceMock({ entities: CATALOG }),
    resultStore,
    refreshRunStore,
    campaignStore: await DatabaseCampaignStore.create({ database, now }),
    adoption: { store: adoptionStore, fixWindowDays: 30, keepDays: 365 },
    model,
    triggerRefresh: () => Promise.resolve(),
    trendDays: 30,
    now,
  });
  return {
    app: express().use(router).use(mockErrorHandler()),
    adoptionStore,
    /**
     * Commits these results as a refresh would at this time, each check's
     * change from its status in `previous` (a refresh computes that).
     */
    async refreshAt(
      iso: string,
      specs: ResultSpec[],
      previous: ResultSpec[] = [],
    ) {
      clock.time = new Date(iso);
      const refreshRun = await refreshRunStore.startRun({
        modelVersion: model.version,
      });
      await resultStore.stageResults(
        refreshRun.id,
        specs.map(spec => {
          const before =
            previous.find(p => p.entityRef === spec.entityRef)?.checks ?? {};
          const staged = stagedResult(model, spec);
          return {
            ...staged,
            changes: Object.entries(spec.checks ?? {})
              .filter(([id, to]) => before[id] !== to)
              .map(([id, to]) => ({ id, from: before[id] ?? null, to })),
          };
        }),
      );
      await resultStore.commitRun({
        runId: refreshRun.id,
        seenRefs: new Set(specs.map(spec => spec.entityRef)),
        owners: [],
        targetStage: model.definition.targetStage,
        snapshotDay: iso.slice(0, 10),
        entitiesSeen: specs.length,
      });
    },
    setTime(iso: string) {
      clock.time = new Date(iso);
    },
  };
}

describe('adoption routes', () => {
  it.each([
    ['/adoption', '/adoption'],
    [
      '/entities/component/default/checkout/adoption',
      '/entities/{kind}/{namespace}/{name}/adoption',
    ],
  ])('reject GET %s without credentials', async (path, template) => {
    const { app } = await createApp();
    const response = await request(app)
      .get(path)
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(401);
    expectResponseMatchesSpec(response, 'get', template);
  });

  it('join a run with the refresh that saw its fix: run, evidence, refresh', async () => {
    const { app, adoptionStore, refreshAt, setTime } = await createApp();
    const failing: ResultSpec = {
      entityRef: 'component:default/checkout',
      checks: { 'iac-managed': 'fail' },
    };
    const before = [
      failing,
      { ...failing, entityRef: 'component:default/secret' },
    ];
    await refreshAt('2027-01-01T10:00:00.000Z', before);
    // The template runs on 2 Jan at noon; its pull request is merged, and
    // the refresh of 5 Jan at noon reads the Terraform: 3 days.
    await adoptionStore.upsertRuns(
      [
        run(),
        run({
          taskId: 'task-secret',
          entityRef: 'component:default/secret',
          createdAt: '2027-01-02T13:00:00.000Z',
        }),
      ],
      new Date('2027-01-02T12:05:00.000Z'),
    );
    await refreshAt(
      '2027-01-05T12:00:00.000Z',
      [
        { ...failing, checks: { 'iac-managed': 'pass' } },
        { ...failing, entityRef: 'component:default/secret' },
      ],
      before,
    );
    setTime('2027-01-06T00:00:00.000Z');

    const response = await request(app).get('/adoption');
    expect(response.status).toBe(200);
    expectResponseMatchesSpec(response, 'get', '/adoption');
    expect(response.body.fixWindowDays).toBe(30);
    const iac = response.body.templates.find(
      (t: { templateRef: string }) => t.templateRef === ADOPT_IAC,
    );
    expect(iac).toEqual({
      templateRef: ADOPT_IAC,
      title: 'Adopt infrastructure as code',
      checkIds: expect.arrayContaining(['iac-managed']),
      runs: 2,
      failedRuns: 0,
      entitiesImproved: 1,
      checksFixed: 1,
      medianDaysToFix: 3,
      runsWithoutFix: 0,
      runsPending: 1,
    });
    // The secret entity's run counts, but is not listed.
    expect(response.body.recent).toEqual([
      expect.objectContaining({
        taskId: 'task-1',
        entityRef: 'component:default/checkout',
        outcome: 'fixed',
        daysToFix: 3,
        fixedChecks: [
          expect.objectContaining({
            id: 'iac-managed',
            fixedAt: '2027-01-05T12:00:00.000Z',
            daysToFix: 3,
          }),
        ],
      }),
    ]);

    const entityResponse = await request(app).get(
      '/entities/Component/default/CHECKOUT/adoption',
    );
    expect(entityResponse.status).toBe(200);
    expectResponseMatchesSpec(
      entityResponse,
      'get',
      '/entities/{kind}/{namespace}/{name}/adoption',
    );
    expect(entityResponse.body).toEqual({
      entityRef: 'component:default/checkout',
      fixWindowDays: 30,
      runs: [response.body.recent[0]],
    });
  });

  it('answer 404 for an entity the caller cannot read and 400 for bad parameters', async () => {
    const { app } = await createApp();
    const secret = await request(app).get(
      '/entities/component/default/secret/adoption',
    );
    expect(secret.status).toBe(404);
    expectResponseMatchesSpec(
      secret,
      'get',
      '/entities/{kind}/{namespace}/{name}/adoption',
    );
    const badName = await request(app).get(
      '/entities/component/default/-bad-/adoption',
    );
    expect(badName.status).toBe(400);
    expectResponseMatchesSpec(
      badName,
      'get',
      '/entities/{kind}/{namespace}/{name}/adoption',
    );
    const badLimit = await request(app).get('/adoption?limit=0');
    expect(badLimit.status).toBe(400);
    expectResponseMatchesSpec(badLimit, 'get', '/adoption');
  });

  it('list every linked template when nothing ran', async () => {
    const { app } = await createApp();
    const response = await request(app).get('/adoption');
    expect(response.status).toBe(200);
    expect(response.body.recent).toEqual([]);
    expect(
      response.body.templates.map(
        (t: { templateRef: string }) => t.templateRef,
      ),
    ).toEqual(
      expect.arrayContaining([
        ADOPT_IAC,
        'template:default/flexinfra-autoscaling-observability',
        'template:default/flexinfra-self-service-environment',
      ]),
    );
  });

  // Last: the tests above checked every adoption response openapi.yaml
  // documents.
  it('checked every JSON response documented for adoption', () => {
    expect(checkedResponses().sort()).toEqual(
      documentedJsonResponses(isAdoptionPath).sort(),
    );
  });
});
