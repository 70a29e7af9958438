import type { PermissionsService } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  compileModel,
  defaultModelDefinition,
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
  isCampaignPath,
} from './__testUtils__/openApiResponses';
import { ResultSpec, seedResults } from './__testUtils__/seedResults';
import { createRouter } from './router';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const model = compileModel(defaultModelDefinition);
const NOW = new Date('2027-01-10T09:00:00.000Z');

function entity(kind: string, name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name },
    spec: {},
  };
}

/**
 * What the caller may read: system:default/secret and
 * component:default/secret are not among them.
 */
const CATALOG = [
  entity('Group', 'platform'),
  entity('Group', 'payments'),
  entity('System', 'payments'),
  entity('User', 'alice'),
  entity('Component', 'payments-api'),
  entity('Component', 'checkout'),
  entity('Component', 'web'),
];

async function createApp(options: { permissions?: PermissionsService } = {}) {
  const knex = await databases.init('SQLITE_3');
  const database = mockServices.database({ knex });
  const clock = { time: NOW };
  const now = () => clock.time;
  const resultStore = await DatabaseResultStore.create({ database, now });
  const refreshRunStore = await DatabaseRefreshRunStore.create({
    database,
    now,
  });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    permissions: options.permissions ?? mockServices.permissions(),
    catalog: catalogServiceMock({ entities: CATALOG }),
    resultStore,
    refreshRunStore,
    campaignStore: await DatabaseCampaignStore.create({ database, now }),
    model,
    triggerRefresh: () => Promise.resolve(),
    trendDays: 30,
    now,
  });
  return {
    app: express().use(router).use(mockErrorHandler()),
    /** Commits these results as a refresh would at this time. */
    async refreshAt(iso: string, specs: ResultSpec[]) {
      clock.time = new Date(iso);
      await seedResults({
        resultStore,
        refreshRunStore,
        model,
        specs,
        day: iso.slice(0, 10),
      });
    },
    setTime(iso: string) {
      clock.time = new Date(iso);
    },
  };
}

/** Allows every permission but the one named by `deny.name`, once set. */
function denying(deny: { name?: string }): PermissionsService {
  return {
    ...mockServices.permissions(),
    authorize: async requests =>
      requests.map(
        (r): PolicyDecision => ({
          result:
            r.permission.name === deny.name
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        }),
      ),
  } as PermissionsService;
}

const input = {
  title: 'Infrastructure as code for payments',
  description: 'Every payments service managed by Terraform.',
  owner: 'group:platform',
  scope: { type: 'group', ref: 'group:default/payments' },
  target: { checks: ['iac-managed'] },
  startDate: '2027-01-01',
  dueDate: '2027-03-31',
  milestones: [{ date: '2027-02-15', share: 0.5 }],
};

async function create(app: express.Express, body: object = input) {
  const response = await request(app).post('/campaigns').send(body);
  expect(response.status).toBe(201);
  return response.body;
}

describe('campaign routes', () => {
  it.each([
    ['get', '/campaigns', '/campaigns'],
    ['post', '/campaigns', '/campaigns'],
    ['get', '/campaigns/abc', '/campaigns/{campaignId}'],
    ['put', '/campaigns/abc', '/campaigns/{campaignId}'],
    ['post', '/campaigns/abc/archive', '/campaigns/{campaignId}/archive'],
    ['get', '/campaigns/abc/progress', '/campaigns/{campaignId}/progress'],
    [
      'get',
      '/entities/component/default/checkout/campaigns',
      '/entities/{kind}/{namespace}/{name}/campaigns',
    ],
  ] as const)(
    'reject %s %s without credentials',
    async (method, path, template) => {
      const { app } = await createApp();
      const response = await request(app)
        [method](path)
        .set('Authorization', mockCredentials.none.header())
        .send(input);
      expect(response.status).toBe(401);
      expectResponseMatchesSpec(response, method, template);
    },
  );

  it('create a campaign, normalised, stamped with its creator, and read it back', async () => {
    const { app } = await createApp();
    const response = await request(app).post('/campaigns').send(input);

    expect(response.status).toBe(201);
    expectResponseMatchesSpec(response, 'post', '/campaigns');
    expect(response.body).toEqual({
      ...input,
      owner: 'group:default/platform',
      id: expect.any(String),
      status: 'active',
      createdBy: mockCredentials.user().principal.userEntityRef,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });

    const one = await request(app).get(`/campaigns/${response.body.id}`);
    expect(one.status).toBe(200);
    expectResponseMatchesSpec(one, 'get', '/campaigns/{campaignId}');
    expect(one.body).toEqual(response.body);
  });

  it('list campaigns by due date, and by status', async () => {
    const { app } = await createApp();
    const later = await create(app, { ...input, title: 'Later' });
    const sooner = await create(app, {
      ...input,
      title: 'Sooner',
      dueDate: '2027-02-28',
      milestones: [],
      scope: { type: 'filters', filters: { lifecycle: ['production'] } },
      target: { stage: 3 },
    });
    const archived = await request(app).post(`/campaigns/${sooner.id}/archive`);
    expect(archived.status).toBe(200);
    expectResponseMatchesSpec(
      archived,
      'post',
      '/campaigns/{campaignId}/archive',
    );
    expect(archived.body.status).toBe('archived');

    const all = await request(app).get('/campaigns');
    expect(all.status).toBe(200);
    expectResponseMatchesSpec(all, 'get', '/campaigns');
    expect(all.body.items.map((c: { id: string }) => c.id)).toEqual([
      sooner.id,
      later.id,
    ]);
    const active = await request(app).get('/campaigns?status=active');
    expect(active.body.items.map((c: { id: string }) => c.id)).toEqual([
      later.id,
    ]);

    const bad = await request(app).get('/campaigns?status=done');
    expect(bad.status).toBe(400);
    expectResponseMatchesSpec(bad, 'get', '/campaigns');
  });

  it('update a campaign, checked as on creation', async () => {
    const { app } = await createApp();
    const created = await create(app);
    const response = await request(app)
      .put(`/campaigns/${created.id}`)
      .send({ ...input, target: { stage: 4 } });
    expect(response.status).toBe(200);
    expectResponseMatchesSpec(response, 'put', '/campaigns/{campaignId}');
    expect(response.body).toMatchObject({
      id: created.id,
      target: { stage: 4 },
      createdAt: created.createdAt,
    });

    const invalid = await request(app)
      .put(`/campaigns/${created.id}`)
      .send({ ...input, dueDate: '2026-12-31' });
    expect(invalid.status).toBe(400);
    expectResponseMatchesSpec(invalid, 'put', '/campaigns/{campaignId}');
    expect(invalid.body.error.message).toBe(
      'Invalid campaign: dueDate must not be before startDate (2027-01-01); ' +
        'milestones[0].date must be within the campaign, 2027-01-01 to 2026-12-31',
    );
  });

  it('refuse bad input with a 400 naming each field, storing nothing', async () => {
    const { app } = await createApp();
    const message = async (body: object) => {
      const response = await request(app).post('/campaigns').send(body);
      expect(response.status).toBe(400);
      expectResponseMatchesSpec(response, 'post', '/campaigns');
      return response.body.error.message as string;
    };

    expect(
      await message({
        ...input,
        owner: 'group:default/nobody',
        scope: { type: 'system', ref: 'system:default/secret' },
      }),
    ).toBe(
      'Invalid campaign: owner no entity group:default/nobody in the catalog; ' +
        'scope.ref no entity system:default/secret in the catalog',
    );
    expect(
      await message({ ...input, target: { checks: ['no-such-check'] } }),
    ).toBe(
      "Invalid campaign: target.checks[0] there is no check 'no-such-check' in the model",
    );
    expect(
      await message({
        ...input,
        scope: { type: 'filters', filters: {} },
      }),
    ).toMatch(/^Invalid campaign: scope\.filters must select something/);
    // A filters scope's refs are checked against the catalog too.
    expect(
      await message({
        ...input,
        scope: {
          type: 'filters',
          filters: { owner: ['nobody'], lifecycle: ['production'] },
        },
      }),
    ).toBe(
      'Invalid campaign: scope.filters.owner[0] no entity group:default/nobody in the catalog',
    );
    // The OpenAPI document's own checks name the field too.
    expect(await message({ ...input, startDate: 'soon' })).toMatch(/startDate/);
    expect(await message({ ...input, title: undefined })).toMatch(/title/);

    const list = await request(app).get('/campaigns');
    expect(list.body.items).toEqual([]);
  });

  it.each([
    ['post', '/campaigns', '/campaigns', 'flexinfra.campaign.create'],
    [
      'put',
      '/campaigns/ID',
      '/campaigns/{campaignId}',
      'flexinfra.campaign.update',
    ],
    [
      'post',
      '/campaigns/ID/archive',
      '/campaigns/{campaignId}/archive',
      'flexinfra.campaign.delete',
    ],
  ] as const)('%s %s needs %s', async (method, path, template, permission) => {
    const deny: { name?: string } = {};
    const { app } = await createApp({ permissions: denying(deny) });
    const created = await create(app);
    deny.name = permission;
    const response = await request(app)
      [method](path.replace('ID', created.id))
      .send(input);

    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({
      name: 'NotAllowedError',
      message: expect.stringContaining(permission),
    });
    expectResponseMatchesSpec(response, method, template);
    const stored = await request(app).get(`/campaigns/${created.id}`);
    expect(stored.body).toEqual(created);
  });

  it('answer 404 for a campaign that does not exist', async () => {
    const { app } = await createApp();
    for (const [method, path, template] of [
      ['get', '/campaigns/missing', '/campaigns/{campaignId}'],
      ['put', '/campaigns/missing', '/campaigns/{campaignId}'],
      ['post', '/campaigns/missing/archive', '/campaigns/{campaignId}/archive'],
    ] as const) {
      const response = await request(app)[method](path).send(input);
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        'There is no FlexInfra campaign missing',
      );
      expectResponseMatchesSpec(response, method, template);
    }
  });

  it("give a campaign's progress from the stored history, listing only readable entities short of it", async () => {
    const { app, refreshAt, setTime } = await createApp();
    const payments = (ref: string, fields: Partial<ResultSpec> = {}) => ({
      entityRef: ref,
      ownerRef: 'group:default/payments',
      stage: 2,
      ...fields,
    });
    await refreshAt('2027-01-02T10:00:00.000Z', [
      payments('component:default/payments-api'),
      payments('component:default/checkout'),
      payments('component:default/secret'),
      // Outside the scope.
      { entityRef: 'component:default/web', ownerRef: 'group:default/web' },
    ]);
    await refreshAt('2027-01-04T10:00:00.000Z', [
      payments('component:default/payments-api', { stage: 3 }),
      payments('component:default/checkout', {
        checks: { owned: 'pass', 'iac-managed': 'fail' },
      }),
      payments('component:default/secret', {
        checks: { 'iac-managed': 'fail', 'code-quality': 'fail' },
      }),
      { entityRef: 'component:default/web', ownerRef: 'group:default/web' },
    ]);
    setTime('2027-01-05T09:00:00.000Z');
    const campaign = await create(app, {
      ...input,
      target: { stage: 3 },
      startDate: '2027-01-01',
      dueDate: '2027-01-31',
      milestones: [{ date: '2027-01-03', share: 0.2 }],
    });

    const response = await request(app).get(
      `/campaigns/${campaign.id}/progress`,
    );
    expect(response.body.error).toBeUndefined();
    expect(response.status).toBe(200);
    expectResponseMatchesSpec(
      response,
      'get',
      '/campaigns/{campaignId}/progress',
    );
    const third = 0.333;
    expect(response.body).toMatchObject({
      campaignId: campaign.id,
      asOf: '2027-01-05',
      entities: 3,
      atTarget: 1,
      share: third,
      series: [
        { date: '2027-01-01', entities: 0, atTarget: 0, share: null },
        { date: '2027-01-02', entities: 3, atTarget: 0, share: 0 },
        { date: '2027-01-03', entities: 3, atTarget: 0, share: 0 },
        { date: '2027-01-04', entities: 3, atTarget: 1, share: third },
        { date: '2027-01-05', entities: 3, atTarget: 1, share: third },
      ],
      milestones: [
        { date: '2027-01-03', share: 0.2, actualShare: 0, status: 'missed' },
      ],
      teams: [
        {
          ownerRef: 'group:default/payments',
          entities: 3,
          atTarget: 1,
          share: third,
        },
      ],
      // The secret component is short too, but the caller may not read it.
      shortfallTotal: 2,
      shortfall: [
        {
          entityRef: 'component:default/checkout',
          stage: 2,
          missing: [
            {
              checkId: 'iac-managed',
              template: 'template:default/flexinfra-adopt-iac',
            },
          ],
        },
      ],
    });
    expect(response.body.projectedCompletion).toMatch(/^2027-\d\d-\d\d$/);

    const missing = await request(app).get('/campaigns/nope/progress');
    expect(missing.status).toBe(404);
    expectResponseMatchesSpec(
      missing,
      'get',
      '/campaigns/{campaignId}/progress',
    );
    const bad = await request(app).get(
      `/campaigns/${campaign.id}/progress?limit=0`,
    );
    expect(bad.status).toBe(400);
    expectResponseMatchesSpec(bad, 'get', '/campaigns/{campaignId}/progress');
  });

  it('tell an entity which active campaigns it is part of, and what it must do', async () => {
    const { app, refreshAt } = await createApp();
    await refreshAt('2027-01-04T10:00:00.000Z', [
      {
        entityRef: 'component:default/payments-api',
        ownerRef: 'group:default/payments',
        stage: 3,
      },
      {
        entityRef: 'component:default/checkout',
        ownerRef: 'group:default/payments',
        stage: 2,
        checks: { 'iac-managed': 'fail', autoscaling: 'pass' },
      },
      { entityRef: 'component:default/web', ownerRef: 'group:default/web' },
    ]);
    const stage3 = await create(app, { ...input, target: { stage: 3 } });
    const archived = await create(app, { ...input, title: 'Old' });
    await request(app).post(`/campaigns/${archived.id}/archive`);
    const path = '/entities/{kind}/{namespace}/{name}/campaigns';
    const campaignsOf = async (name: string) => {
      const response = await request(app).get(
        `/entities/component/default/${name}/campaigns`,
      );
      expectResponseMatchesSpec(response, 'get', path);
      return response;
    };

    const checkout = await campaignsOf('checkout');
    expect(checkout.status).toBe(200);
    expect(checkout.body).toEqual({
      entityRef: 'component:default/checkout',
      items: [
        {
          id: stage3.id,
          title: stage3.title,
          owner: 'group:default/platform',
          target: { stage: 3 },
          dueDate: '2027-03-31',
          atTarget: false,
          missing: [
            {
              checkId: 'iac-managed',
              title: expect.any(String),
              template: 'template:default/flexinfra-adopt-iac',
            },
          ],
        },
      ],
    });
    const paymentsApi = await campaignsOf('payments-api');
    expect(paymentsApi.body.items).toMatchObject([
      { id: stage3.id, atTarget: true, missing: [] },
    ]);
    // Readable and scored, but outside every scope.
    const web = await campaignsOf('web');
    expect(web.status).toBe(200);
    expect(web.body.items).toEqual([]);
    // Not readable by the caller.
    expect((await campaignsOf('secret')).status).toBe(404);
    expect((await campaignsOf('-bad-')).status).toBe(400);
  });

  // Last: the tests above checked every campaign response openapi.yaml
  // documents.
  it('checked every JSON response documented for campaigns', () => {
    expect(checkedResponses().sort()).toEqual(
      documentedJsonResponses(isCampaignPath).sort(),
    );
  });
});
