import type { PermissionsService } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  MATURITY_STAGES,
  compileModel,
  defaultModelDefinition,
  flexinfraRefreshPermission,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseCampaignStore } from '../campaigns/DatabaseCampaignStore';
import { DatabaseRefreshRunStore } from '../database/DatabaseRefreshRunStore';
import { DatabaseResultStore } from '../database/DatabaseResultStore';
import {
  checkedResponses,
  documentedJsonResponses,
  expectResponseMatchesSpec,
  isAdoptionPath,
  isCampaignPath,
} from './__testUtils__/openApiResponses';
import { ResultSpec, seedResults } from './__testUtils__/seedResults';
import { CSV_COLUMNS } from './csvExport';
import { createRouter } from './router';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const model = compileModel(defaultModelDefinition);
const NOW = new Date('2026-03-01T12:00:00.000Z');

/** A catalog entity for a lower-case ref such as component:default/x. */
function catalogEntity(ref: string): Entity {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: kind[0].toUpperCase() + kind.slice(1),
    metadata: { namespace, name },
    spec: {},
  };
}

const RESULTS: ResultSpec[] = [
  {
    entityRef: 'component:default/payments-api',
    title: 'Payments API',
    type: 'service',
    lifecycle: 'production',
    ownerRef: 'group:default/payments',
    systemRef: 'system:default/payments',
    domainRef: 'domain:default/finance',
    stage: 3,
    score: 80,
    doraScore: 3.1,
    checks: { owned: 'pass', 'iac-managed': 'fail', 'on-call': 'waived' },
  },
  {
    entityRef: 'component:default/checkout',
    title: 'Checkout',
    type: 'service',
    lifecycle: 'experimental',
    ownerRef: 'group:default/payments',
    systemRef: 'system:default/payments',
    stage: 2,
    score: 40,
    doraScore: 2,
    checks: { owned: 'pass', 'iac-managed': 'fail' },
  },
  {
    // Not in the catalog the tests read: the caller may not read it.
    entityRef: 'component:default/secret',
    title: 'Secret project',
    type: 'service',
    lifecycle: 'production',
    ownerRef: 'group:default/payments',
    stage: 1,
    score: 10,
    doraScore: 1.2,
    checks: { owned: 'fail', 'iac-managed': 'fail' },
  },
  {
    entityRef: 'resource:default/db-main',
    title: '=HYPERLINK("https://evil.example","click")',
    type: 'database',
    lifecycle: '-1+1',
    ownerRef: 'group:default/platform',
    stage: 1,
    score: 20,
    doraScore: 1.5,
    checks: { owned: 'pass', 'iac-managed': 'fail' },
  },
  {
    entityRef: 'component:default/broken',
    outcome: 'invalid',
    ownerRef: 'group:default/platform',
  },
];

/** Readable entities: every result but the secret one, and one never scored. */
const CATALOG = [
  ...RESULTS.map(r => r.entityRef).filter(
    ref => ref !== 'component:default/secret',
  ),
  'component:default/unscored',
].map(catalogEntity);

async function createApp(
  options: {
    permissions?: PermissionsService;
    triggerRefresh?: () => Promise<void>;
    catalog?: Entity[];
    seed?: ResultSpec[];
  } = {},
) {
  const knex = await databases.init('SQLITE_3');
  const database = mockServices.database({ knex });
  const now = () => NOW;
  const refreshRunStore = await DatabaseRefreshRunStore.create({
    database,
    now,
  });
  const resultStore = await DatabaseResultStore.create({ database, now });
  await seedResults({
    resultStore,
    refreshRunStore,
    model,
    specs: options.seed ?? RESULTS,
  });
  const catalog = catalogServiceMock({ entities: options.catalog ?? CATALOG });
  const triggerRefresh = jest.fn(
    options.triggerRefresh ?? (() => Promise.resolve()),
  );
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    permissions: options.permissions ?? mockServices.permissions(),
    catalog,
    resultStore,
    refreshRunStore,
    campaignStore: await DatabaseCampaignStore.create({ database, now }),
    model,
    triggerRefresh,
    trendDays: 30,
    now,
  });
  const app = express().use(router).use(mockErrorHandler());
  return { app, resultStore, refreshRunStore, catalog, triggerRefresh };
}

/** Every route, as a request and its path in openapi.yaml. */
const ROUTES: Array<['get' | 'post', string, string]> = [
  ['get', '/health', '/health'],
  ['get', '/model', '/model'],
  ['get', '/status', '/status'],
  ['get', '/entities', '/entities'],
  [
    'get',
    '/entities/component/default/payments-api',
    '/entities/{kind}/{namespace}/{name}',
  ],
  [
    'get',
    '/entities/component/default/payments-api/history',
    '/entities/{kind}/{namespace}/{name}/history',
  ],
  ['get', '/summary', '/summary'],
  ['get', '/checks', '/checks'],
  ['get', '/checks/iac-managed/entities', '/checks/{checkId}/entities'],
  ['get', '/export', '/export'],
  ['get', '/waivers', '/waivers'],
  ['post', '/refresh', '/refresh'],
];

/** Parses CSV as the export writes it (quoted cells, CRLF or LF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('createRouter', () => {
  describe('authentication', () => {
    it.each(ROUTES)(
      'rejects %s %s without credentials',
      async (method, path, template) => {
        const { app, triggerRefresh } = await createApp();
        const response = await request(app)
          [method](path)
          .set('Authorization', mockCredentials.none.header());

        expect(response.status).toBe(401);
        expect(response.body.error).toMatchObject({
          name: 'AuthenticationError',
        });
        expectResponseMatchesSpec(response, method, template);
        expect(triggerRefresh).not.toHaveBeenCalled();
      },
    );

    it('checks credentials before parameters', async () => {
      const { app } = await createApp();
      const response = await request(app)
        .get('/summary?groupBy=nonsense')
        .set('Authorization', mockCredentials.none.header());

      expect(response.status).toBe(401);
    });

    it.each([
      ['a user', mockCredentials.user.header()],
      ['a service', mockCredentials.service.header()],
    ])('serves %s', async (_who, authorization) => {
      const { app } = await createApp();
      const response = await request(app)
        .get('/health')
        .set('Authorization', authorization);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
      expectResponseMatchesSpec(response, 'get', '/health');
    });
  });

  describe('GET /model', () => {
    it('serves the model', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/model');

      expect(response.status).toBe(200);
      expect(response.body.version).toBe(model.version);
      expect(response.body.stages).toEqual(MATURITY_STAGES);
      expect(response.body.dimensions).toHaveLength(7);
      expect(
        response.body.doraLevels.map((l: { level: number }) => l.level),
      ).toEqual([1, 2, 3, 4]);
      expectResponseMatchesSpec(response, 'get', '/model');
    });
  });

  describe('GET /openapi.json', () => {
    it('serves the OpenAPI document', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/openapi.json');

      expect(response.status).toBe(200);
      expect(response.body.openapi).toBe('3.0.3');
      expect(Object.keys(response.body.paths)).toContain(
        '/checks/{checkId}/entities',
      );
    });
  });

  describe('GET /status', () => {
    it('serves the runs, result counts and model version', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/status');

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        lastRun: { status: 'succeeded', entitiesScored: RESULTS.length },
        lastSuccessfulRun: { status: 'succeeded' },
        results: { scored: 4, invalid: 1 },
        modelVersion: model.version,
      });
      expect(response.body.lastSuccessfulRun).toEqual(response.body.lastRun);
      expectResponseMatchesSpec(response, 'get', '/status');
    });

    it('serves nulls before any run', async () => {
      const { app, refreshRunStore } = await createApp({ seed: [] });
      jest.spyOn(refreshRunStore, 'getLastRun').mockResolvedValue(undefined);
      jest
        .spyOn(refreshRunStore, 'getLastSuccessfulRun')
        .mockResolvedValue(undefined);
      const response = await request(app).get('/status');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        lastRun: null,
        lastSuccessfulRun: null,
        results: { scored: 0, invalid: 0 },
        modelVersion: model.version,
      });
      expectResponseMatchesSpec(response, 'get', '/status');
    });

    it('passes store errors on to the error handler', async () => {
      const { app, refreshRunStore } = await createApp();
      jest
        .spyOn(refreshRunStore, 'getLastRun')
        .mockRejectedValue(new Error('database gone'));
      const response = await request(app).get('/status');

      expect(response.status).toBe(500);
      expect(response.body.error).toMatchObject({ message: 'database gone' });
    });
  });

  describe('GET /entities', () => {
    it('lists readable scored entities, lowest score first', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/entities?limit=2');

      expect(response.status).toBe(200);
      expectResponseMatchesSpec(response, 'get', '/entities');
      // component:default/secret (score 10) is the worst but unreadable;
      // the invalid entity has no score and is not listed.
      expect(response.body.items).toEqual([
        {
          entityRef: 'resource:default/db-main',
          title: '=HYPERLINK("https://evil.example","click")',
          ownerRef: 'group:default/platform',
          stage: 1,
          score: 20,
          doraScore: 1.5,
        },
        expect.objectContaining({
          entityRef: 'component:default/checkout',
          score: 40,
        }),
      ]);
    });

    it('filters, and fills the list past unreadable entities', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/entities?owner=group:default/payments&limit=5',
      );
      expect(
        response.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual([
        'component:default/checkout',
        'component:default/payments-api',
      ]);
    });

    it.each([
      ['order=name'],
      ['limit=0'],
      ['limit=101'],
      ['owner=component:default/x'],
    ])('is a 400 for %s', async query => {
      const { app } = await createApp();
      const response = await request(app).get(`/entities?${query}`);
      expect(response.status).toBe(400);
      expectResponseMatchesSpec(response, 'get', '/entities');
      expect(response.body.error.name).toBe('InputError');
    });
  });

  describe('GET /entities/:kind/:namespace/:name', () => {
    const template = '/entities/{kind}/{namespace}/{name}';

    it("serves a readable entity's scorecard", async () => {
      const { app, catalog } = await createApp();
      const getEntitiesByRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
      const response = await request(app)
        .get('/entities/component/default/payments-api')
        .set('Authorization', mockCredentials.user.header('user:default/jo'));

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        entityRef: 'component:default/payments-api',
        outcome: 'scored',
        stage: { number: 3, name: MATURITY_STAGES[2].name },
        score: 80,
        doraScore: 3.1,
        modelVersion: model.version,
        computedAt: NOW.toISOString(),
        changedAt: NOW.toISOString(),
      });
      expect(response.body.checks.map((c: { id: string }) => c.id)).toEqual([
        'owned',
        'iac-managed',
        'on-call',
      ]);
      expectResponseMatchesSpec(response, 'get', template);
      // Asked once, with the caller's own credentials, for no more than
      // whether the entity is there for them.
      expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);
      expect(getEntitiesByRefs).toHaveBeenCalledWith(
        { entityRefs: ['component:default/payments-api'], fields: ['kind'] },
        { credentials: mockCredentials.user('user:default/jo') },
      );
    });

    it('serves an invalid entity with its error', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/entities/component/default/broken',
      );

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        outcome: 'invalid',
        stage: null,
        score: null,
        error: 'spec.owner is not an entity ref',
      });
      expectResponseMatchesSpec(response, 'get', template);
    });

    it('matches kind, namespace and name case-insensitively', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/entities/Component/DEFAULT/Payments-API',
      );

      expect(response.status).toBe(200);
      expect(response.body.entityRef).toBe('component:default/payments-api');
    });

    it('is a 404 for an entity not in the catalog', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/entities/component/default/nowhere',
      );

      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({
        name: 'NotFoundError',
        message:
          'No entity component:default/nowhere is visible in the catalog',
      });
      expectResponseMatchesSpec(response, 'get', template);
    });

    it('is the same 404 for a scored entity the caller may not read', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/entities/component/default/secret',
      );

      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        'No entity component:default/secret is visible in the catalog',
      );
      expect(JSON.stringify(response.body)).not.toMatch(/Secret project/);
    });

    it('is a 404 naming an entity that has not been scored yet', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/entities/component/default/unscored',
      );

      expect(response.status).toBe(404);
      expect(response.body.error.message).toMatch(
        /^Entity component:default\/unscored has not been scored yet$/,
      );
      expectResponseMatchesSpec(response, 'get', template);
    });

    it.each([
      ['kind', '/entities/com%20ponent/default/x'],
      ['namespace', '/entities/component/de$fault/x'],
      ['name', '/entities/component/default/-x'],
      ['name', `/entities/component/default/${'x'.repeat(254)}`],
      ['kind', '/entities/comp%3Aonent/default/x'],
    ])('is a 400 naming an invalid %s', async (parameter, path) => {
      const { app } = await createApp();
      const response = await request(app).get(path);

      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('InputError');
      expect(response.body.error.message).toContain(parameter);
      expectResponseMatchesSpec(response, 'get', template);
    });
  });

  describe('GET /entities/:kind/:namespace/:name/history', () => {
    const template = '/entities/{kind}/{namespace}/{name}/history';

    it('serves the history, newest first', async () => {
      const { app, resultStore, refreshRunStore } = await createApp();
      // A second run changes the entity's result.
      await seedResults({
        resultStore,
        refreshRunStore,
        model,
        specs: RESULTS.map(r =>
          r.entityRef === 'component:default/checkout'
            ? { ...r, stage: 3, score: 70, checks: { owned: 'pass' } }
            : r,
        ),
        day: '2026-03-02',
      });
      const response = await request(app).get(
        '/entities/component/default/checkout/history',
      );

      expect(response.status).toBe(200);
      expect(response.body.entityRef).toBe('component:default/checkout');
      expect(response.body.items).toHaveLength(2);
      expect(response.body.items[0]).toMatchObject({
        outcome: 'scored',
        stage: 3,
        score: 70,
      });
      expect(response.body.items[1]).toMatchObject({ stage: 2, score: 40 });
      expectResponseMatchesSpec(response, 'get', template);

      const limited = await request(app).get(
        '/entities/component/default/checkout/history?limit=1',
      );
      expect(limited.status).toBe(200);
      expect(limited.body.items).toEqual([response.body.items[0]]);
    });

    it('is a 404 for an entity the caller may not read', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/entities/component/default/secret/history',
      );

      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        'No entity component:default/secret is visible in the catalog',
      );
      expectResponseMatchesSpec(response, 'get', template);
    });

    it('is a 404 for an entity never scored', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/entities/component/default/unscored/history',
      );

      expect(response.status).toBe(404);
      expect(response.body.error.message).toMatch(
        /component:default\/unscored has not been scored yet/,
      );
    });

    it.each(['0', '501', 'ten', '1.5'])(
      'is a 400 naming limit=%s',
      async limit => {
        const { app } = await createApp();
        const response = await request(app).get(
          `/entities/component/default/checkout/history?limit=${limit}`,
        );

        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain('limit');
        expectResponseMatchesSpec(response, 'get', template);
      },
    );
  });

  describe('GET /summary', () => {
    it('answers from its cache until a refresh commits new results', async () => {
      const { app, resultStore, refreshRunStore } = await createApp();
      const getSummary = jest.spyOn(resultStore, 'getSummary');
      const first = await request(app).get('/summary?groupBy=kind');
      const again = await request(app).get('/summary?groupBy=kind');
      expect(again.body).toEqual(first.body);
      expect(getSummary).toHaveBeenCalledTimes(1);

      await seedResults({
        resultStore,
        refreshRunStore,
        model,
        specs: RESULTS.slice(0, 2),
      });
      const after = await request(app).get('/summary?groupBy=kind');
      expect(getSummary).toHaveBeenCalledTimes(2);
      expect(after.body.total.entities).toBe(2);
      expect(first.body.total.entities).not.toBe(2);
    });

    it('groups by owner by default, over every result', async () => {
      const { app, resultStore } = await createApp();
      const getSummary = jest.spyOn(resultStore, 'getSummary');
      const response = await request(app).get('/summary');

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        groupBy: 'owner',
        targetStage: model.definition.targetStage,
        modelVersion: model.version,
        // Aggregates count every stored result, readable or not.
        total: { entities: 4, invalid: 1 },
      });
      const payments = response.body.groups.find(
        (g: { key: string }) => g.key === 'group:default/payments',
      );
      expect(payments).toMatchObject({
        entities: 3,
        parentKey: 'group:default/engineering',
      });
      expectResponseMatchesSpec(response, 'get', '/summary');
      expect(getSummary).toHaveBeenCalledWith({
        groupBy: 'owner',
        filters: {},
        targetStage: model.definition.targetStage,
        trendDays: 30,
        today: '2026-03-01',
      });
    });

    it('takes groupBy, trendDays and normalised filters', async () => {
      const { app, resultStore } = await createApp();
      const getSummary = jest.spyOn(resultStore, 'getSummary');
      const response = await request(app).get(
        '/summary?groupBy=kind&trendDays=7&owner=Payments,group:default/platform&kind=Component&kind=resource&system=payments&domain=default/finance&type=service&lifecycle=production',
      );

      expect(response.status).toBe(200);
      expectResponseMatchesSpec(response, 'get', '/summary');
      expect(getSummary).toHaveBeenCalledWith(
        expect.objectContaining({
          groupBy: 'kind',
          trendDays: 7,
          filters: {
            owner: ['group:default/payments', 'group:default/platform'],
            kind: ['component', 'resource'],
            system: ['system:default/payments'],
            domain: ['domain:default/finance'],
            type: ['service'],
            lifecycle: ['production'],
          },
        }),
      );
      expect(response.body.groupBy).toBe('kind');
    });

    it('filters the aggregates', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/summary?groupBy=lifecycle&owner=payments&type=service',
      );

      expect(response.status).toBe(200);
      expect(response.body.total.entities).toBe(3);
      expect(
        response.body.groups.map((g: { key: string }) => g.key).sort(),
      ).toEqual(['experimental', 'production']);
    });

    it.each([
      ['groupBy', 'groupBy=team'],
      ['trendDays', 'trendDays=0'],
      ['trendDays', 'trendDays=366'],
      ['owner', 'owner=a:b:c'],
      ['owner', 'owner=component:default/x'],
      ['system', 'system=group:default/x'],
      ['kind', 'kind=not-a-kind'],
      ['owner', `owner=${'x'.repeat(300)}`],
      ['sortBy', 'sortBy=score'],
    ])('is a 400 naming %s', async (parameter, query) => {
      const { app } = await createApp();
      const response = await request(app).get(`/summary?${query}`);

      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(parameter);
      expectResponseMatchesSpec(response, 'get', '/summary');
    });
  });

  describe('GET /checks', () => {
    it('serves statistics with titles, most failed first', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/checks');

      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        {
          checkId: 'iac-managed',
          title: 'Infrastructure is defined as code',
          pass: 0,
          fail: 4,
          waived: 0,
        },
        {
          checkId: 'owned',
          title: 'Has an owner',
          pass: 3,
          fail: 1,
          waived: 0,
        },
        {
          checkId: 'on-call',
          title: expect.any(String),
          pass: 0,
          fail: 0,
          waived: 1,
        },
      ]);
      expectResponseMatchesSpec(response, 'get', '/checks');
    });

    it('filters the statistics', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/checks?kind=resource');

      expect(response.status).toBe(200);
      expect(response.body.map((s: { checkId: string }) => s.checkId)).toEqual([
        'iac-managed',
        'owned',
      ]);
      expect(response.body[0]).toMatchObject({ fail: 1 });
    });

    it('leaves out checks no longer in the model', async () => {
      const { app } = await createApp({
        seed: [{ ...RESULTS[0], checks: { retired: 'fail', owned: 'pass' } }],
      });
      const response = await request(app).get('/checks');

      expect(response.body.map((s: { checkId: string }) => s.checkId)).toEqual([
        'owned',
      ]);
    });

    it('is a 400 naming a bad filter', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/checks?domain=a:b:c');

      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('domain');
      expectResponseMatchesSpec(response, 'get', '/checks');
    });
  });

  describe('GET /checks/:checkId/entities', () => {
    const template = '/checks/{checkId}/entities';

    it('lists failing entities the caller may read, a page at a time', async () => {
      const { app } = await createApp();
      const first = await request(app).get(
        '/checks/iac-managed/entities?limit=2',
      );

      expect(first.status).toBe(200);
      expectResponseMatchesSpec(first, 'get', template);
      expect(first.body).toEqual({
        checkId: 'iac-managed',
        status: 'fail',
        items: [
          {
            entityRef: 'component:default/checkout',
            title: 'Checkout',
            ownerRef: 'group:default/payments',
            stage: 2,
            score: 40,
            status: 'fail',
          },
          expect.objectContaining({
            entityRef: 'component:default/payments-api',
          }),
        ],
        nextCursor: expect.any(String),
      });

      const second = await request(app)
        .get('/checks/iac-managed/entities')
        .query({ limit: 2, cursor: first.body.nextCursor });

      expect(second.status).toBe(200);
      expectResponseMatchesSpec(second, 'get', template);
      // component:default/secret sorts between the pages and is skipped.
      expect(
        second.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual(['resource:default/db-main']);
      expect(second.body.nextCursor).toBeNull();
      const everything = JSON.stringify([first.body, second.body]);
      expect(everything).not.toMatch(/secret/i);
      expect(
        Buffer.from(first.body.nextCursor, 'base64url').toString(),
      ).not.toMatch(/secret/);
    });

    it('fills a page past unreadable entities', async () => {
      const { app } = await createApp();
      const response = await request(app)
        .get('/checks/iac-managed/entities')
        .query({
          limit: 1,
          cursor: encodeRef('component:default/payments-api'),
        });

      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({ entityRef: 'resource:default/db-main' }),
      ]);
      expect(response.body.nextCursor).toBeNull();
    });

    it('serves other statuses and filters', async () => {
      const { app } = await createApp();
      const passing = await request(app).get(
        '/checks/owned/entities?status=pass&owner=payments',
      );

      expect(passing.status).toBe(200);
      expect(passing.body.status).toBe('pass');
      expect(
        passing.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual([
        'component:default/checkout',
        'component:default/payments-api',
      ]);
      expect(passing.body.nextCursor).toBeNull();

      const waived = await request(app).get(
        '/checks/on-call/entities?status=waived',
      );
      expect(waived.body.items).toEqual([
        expect.objectContaining({
          entityRef: 'component:default/payments-api',
          status: 'waived',
        }),
      ]);
      expectResponseMatchesSpec(waived, 'get', template);
    });

    it('is an empty page for a check without such entities', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/checks/multi-region/entities');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        checkId: 'multi-region',
        status: 'fail',
        items: [],
        nextCursor: null,
      });
    });

    it('is a 404 for a check not in the model', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/checks/no-such-check/entities');

      expect(response.status).toBe(404);
      expect(response.body.error.message).toContain('no-such-check');
      expectResponseMatchesSpec(response, 'get', template);
    });

    it.each([
      ['status', '/checks/owned/entities?status=broken'],
      ['limit', '/checks/owned/entities?limit=0'],
      ['limit', '/checks/owned/entities?limit=501'],
      ['cursor', '/checks/owned/entities?cursor=not-a-cursor'],
      ['checkId', '/checks/Not_A_Check/entities'],
      ['lifecycle', `/checks/owned/entities?lifecycle=${'x'.repeat(300)}`],
    ])('is a 400 naming %s', async (parameter, path) => {
      const { app } = await createApp();
      const response = await request(app).get(path);

      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(parameter);
      expectResponseMatchesSpec(response, 'get', template);
    });
  });

  describe('GET /export', () => {
    it('streams the readable results as CSV', async () => {
      const { app, resultStore } = await createApp();
      const listResults = jest.spyOn(resultStore, 'listResults');
      const response = await request(app).get('/export?format=csv');

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="flexinfra-scorecards.csv"',
      );
      expect(listResults).toHaveBeenCalledWith({ filters: {}, limit: 1000 });

      const [header, ...rows] = parseCsv(response.text);
      expect(header).toEqual([...CSV_COLUMNS]);
      const records = rows.map(row =>
        Object.fromEntries(header.map((column, i) => [column, row[i]])),
      );
      expect(records.map(r => r.entity_ref)).toEqual([
        'component:default/broken',
        'component:default/checkout',
        'component:default/payments-api',
        'resource:default/db-main',
      ]);
      expect(records[2]).toEqual({
        entity_ref: 'component:default/payments-api',
        kind: 'component',
        namespace: 'default',
        name: 'payments-api',
        title: 'Payments API',
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/payments',
        system: 'system:default/payments',
        domain: 'domain:default/finance',
        outcome: 'scored',
        stage: '3',
        stage_name: MATURITY_STAGES[2].name,
        score: '80',
        dora_score: '3.1',
        failing_checks: 'iac-managed',
        model_version: model.version,
        computed_at: NOW.toISOString(),
      });
      expect(records[0]).toMatchObject({
        outcome: 'invalid',
        stage: '',
        stage_name: '',
        score: '',
        failing_checks: '',
      });
      expect(response.text).not.toMatch(/secret/i);
    });

    it('escapes cells a spreadsheet would run as formulas', async () => {
      const { app } = await createApp();
      const response = await request(app).get('/export?kind=resource');

      const [header, row] = parseCsv(response.text);
      const record = Object.fromEntries(header.map((c, i) => [c, row[i]]));
      expect(record.title).toBe(`'=HYPERLINK("https://evil.example","click")`);
      expect(record.lifecycle).toBe(`'-1+1`);
    });

    it('applies the filters', async () => {
      const { app } = await createApp();
      const response = await request(app).get(
        '/export?owner=payments&lifecycle=experimental,production',
      );

      expect(response.status).toBe(200);
      const [, ...rows] = parseCsv(response.text);
      expect(rows.map(row => row[0])).toEqual([
        'component:default/checkout',
        'component:default/payments-api',
      ]);
    });

    it('is the header row alone without results', async () => {
      const { app } = await createApp({ seed: [] });
      const response = await request(app).get('/export');

      expect(response.status).toBe(200);
      expect(parseCsv(response.text)).toEqual([[...CSV_COLUMNS]]);
    });

    it.each([
      ['format', 'format=json'],
      ['owner', 'owner=a:b:c'],
    ])('is a 400 naming %s', async (parameter, query) => {
      const { app } = await createApp();
      const response = await request(app).get(`/export?${query}`);

      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(parameter);
      expectResponseMatchesSpec(response, 'get', '/export');
    });
  });

  describe('POST /refresh', () => {
    it('starts a refresh when the permission allows it', async () => {
      const permissions = mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      });
      const { app, triggerRefresh } = await createApp({ permissions });
      const response = await request(app)
        .post('/refresh')
        .set('Authorization', mockCredentials.user.header('user:default/jo'));

      expect(response.status).toBe(202);
      expect(response.body).toEqual({ status: 'accepted' });
      expectResponseMatchesSpec(response, 'post', '/refresh');
      expect(triggerRefresh).toHaveBeenCalledTimes(1);
      expect(permissions.authorize).toHaveBeenCalledWith(
        [{ permission: flexinfraRefreshPermission }],
        { credentials: mockCredentials.user('user:default/jo') },
      );
    });

    it('is a 403 when the permission denies it', async () => {
      const { app, triggerRefresh } = await createApp({
        permissions: mockServices.permissions({ result: AuthorizeResult.DENY }),
      });
      const response = await request(app).post('/refresh');

      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({ name: 'NotAllowedError' });
      expectResponseMatchesSpec(response, 'post', '/refresh');
      expect(triggerRefresh).not.toHaveBeenCalled();
    });

    it('is a 409 while a refresh is running', async () => {
      const { app } = await createApp({
        triggerRefresh: () =>
          Promise.reject(new ConflictError('A refresh is already running')),
      });
      const response = await request(app).post('/refresh');

      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({
        name: 'ConflictError',
        message: 'A refresh is already running',
      });
      expectResponseMatchesSpec(response, 'post', '/refresh');
    });
  });

  describe('GET /waivers', () => {
    const seed: ResultSpec[] = [
      {
        entityRef: 'component:default/payments-api',
        ownerRef: 'group:default/payments',
        checks: { 'on-call': 'waived', runbook: 'waived' },
        waivers: {
          'on-call': { reason: 'Team forming', expires: '2026-03-05' },
          runbook: { reason: 'Being written', expires: '2026-06-01' },
        },
      },
      {
        // Unreadable: counted, not listed.
        entityRef: 'component:default/secret',
        ownerRef: 'group:default/payments',
        checks: { 'on-call': 'waived' },
        waivers: { 'on-call': { reason: 'Secret', expires: '2026-03-02' } },
      },
    ];

    it('counts waivers by check and owner, rolled up, and lists the readable ones', async () => {
      const { app } = await createApp({ seed });
      const response = await request(app).get('/waivers?soonDays=7');

      expect(response.status).toBe(200);
      expectResponseMatchesSpec(response, 'get', '/waivers');
      expect(response.body).toMatchObject({
        asOf: '2026-03-01',
        soonDays: 7,
        active: 3,
        expiringSoon: 2,
        byCheck: [
          { checkId: 'on-call', active: 2, expiringSoon: 2 },
          { checkId: 'runbook', active: 1, expiringSoon: 0 },
        ],
        byOwner: [
          { ownerRef: 'group:default/engineering', active: 3, expiringSoon: 2 },
          { ownerRef: 'group:default/payments', active: 3, expiringSoon: 2 },
        ],
      });
      expect(response.body.items).toEqual([
        {
          entityRef: 'component:default/payments-api',
          title: null,
          ownerRef: 'group:default/payments',
          checkId: 'on-call',
          checkTitle: expect.any(String),
          reason: 'Team forming',
          expires: '2026-03-05',
          expiresInDays: 4,
        },
        expect.objectContaining({ checkId: 'runbook', expiresInDays: 92 }),
      ]);

      const runbook = await request(app).get('/waivers?check=runbook');
      expect(runbook.body.active).toBe(1);
    });

    it('is a 400 for a bad parameter', async () => {
      const { app } = await createApp({ seed });
      const response = await request(app).get('/waivers?soonDays=-1');
      expect(response.status).toBe(400);
      expectResponseMatchesSpec(response, 'get', '/waivers');
    });
  });

  // Last: the tests above checked every response openapi.yaml documents
  // (those of the campaigns in campaignRoutes.test.ts).
  it('checked every JSON response documented in openapi.yaml', () => {
    expect(checkedResponses().sort()).toEqual(
      documentedJsonResponses(
        path => !isCampaignPath(path) && !isAdoptionPath(path),
      ).sort(),
    );
  });
});

function encodeRef(ref: string) {
  return Buffer.from(ref).toString('base64url');
}
