import { closingSqliteDatabaseServiceFactory } from '@internal/backend-test-utils';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  compileModel,
  defaultModelDefinition,
  flexinfraCampaignCreatePermission,
  flexinfraCampaignDeletePermission,
  flexinfraCampaignUpdatePermission,
  flexinfraRefreshPermission,
  MATURITY_STAGES,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { flexinfraChecksExtensionPoint } from '@flexinfra/backstage-plugin-flexinfra-node';
import request from 'supertest';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { DatabaseRefreshRunStore } from './database/DatabaseRefreshRunStore';
import { flexinfraPlugin } from './plugin';

jest.setTimeout(60_000);

// The plugin running in a test backend with the default (mock) services and
// an in-memory SQLite database; see the end of the file for other engines.
const checkoutApi = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout-api',
    annotations: { 'backstage.io/source-location': 'url:https://example.com' },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/team-a',
  },
};

/**
 * The plugin with an in-memory catalog (the real one: exampleCatalog.test.ts),
 * on a SQLite database that is closed when the backend stops.
 */
function features(
  ...extra: Parameters<typeof startTestBackend>[0]['features'] & {}
) {
  return [closingSqliteDatabaseServiceFactory(), ...onDatabase(...extra)];
}

/** The plugin with an in-memory catalog on the database the caller gives. */
function onDatabase(
  ...extra: Parameters<typeof startTestBackend>[0]['features'] & {}
) {
  return [
    flexinfraPlugin,
    catalogServiceMock.factory({ entities: [checkoutApi] }),
    ...extra,
  ];
}

describe('flexinfraPlugin', () => {
  async function startBackend() {
    const { server } = await startTestBackend({ features: features() });
    return server;
  }

  it('answers GET /health for a user', async () => {
    const server = await startBackend();
    const response = await request(server)
      .get('/api/flexinfra/health')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers GET /health for a backend service', async () => {
    const server = await startBackend();
    const response = await request(server)
      .get('/api/flexinfra/health')
      .set('Authorization', mockCredentials.service.header());

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('rejects a request without credentials with 401', async () => {
    const server = await startBackend();
    const response = await request(server)
      .get('/api/flexinfra/health')
      .set('Authorization', mockCredentials.none.header());

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({
      error: { name: 'AuthenticationError' },
      response: { statusCode: 401 },
    });
  });

  it('rejects a request with no Authorization header at all with 401', async () => {
    // The mock httpAuth service treats a request without a token as the mock
    // user by default; make it treat it as nobody, as the real one does.
    const { server } = await startTestBackend({
      features: features(
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ),
    });

    const anonymous = await request(server).get('/api/flexinfra/health');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toMatchObject({ name: 'AuthenticationError' });

    const signedIn = await request(server)
      .get('/api/flexinfra/health')
      .set('Authorization', mockCredentials.user.header());
    expect(signedIn.status).toBe(200);
  });

  it('rejects an invalid user token with 401', async () => {
    const server = await startBackend();
    const response = await request(server)
      .get('/api/flexinfra/status')
      .set('Authorization', mockCredentials.user.invalidHeader());

    expect(response.status).toBe(401);
  });

  it('serves the model with the five stages in ladder order', async () => {
    const server = await startBackend();
    const response = await request(server)
      .get('/api/flexinfra/model')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body.stages.map((s: { name: string }) => s.name)).toEqual([
      'Static & Constrained',
      'Standardised but Rigid',
      'Elastic & Programmable',
      'Resilient & Optimised',
      'Adaptive Platform',
    ]);
    expect(response.body.stages).toEqual(MATURITY_STAGES);
    expect(response.body.dimensions).toHaveLength(7);
    expect(response.body.doraLevels).toHaveLength(4);
    expect(response.body.version).toBe(
      compileModel(defaultModelDefinition).version,
    );
    expect(response.body.checks.map((c: { id: string }) => c.id)).toEqual(
      defaultModelDefinition.checks.map(c => c.id),
    );
    expect(
      response.body.checks.find((c: { id: string }) => c.id === 'iac-managed'),
    ).toMatchObject({
      remediation: expect.stringContaining('Terraform'),
      template: 'template:default/flexinfra-adopt-iac',
    });
  });

  it('serves the model as app-config changes it', async () => {
    const { server } = await startTestBackend({
      features: features(
        mockServices.rootConfig.factory({
          data: {
            flexinfra: {
              model: {
                targetStage: 4,
                checks: { runbook: { enabled: false } },
              },
            },
          },
        }),
      ),
    });
    const response = await request(server)
      .get('/api/flexinfra/model')
      .set('Authorization', mockCredentials.user.header());

    expect(response.body.targetStage).toBe(4);
    expect(response.body.checks.map((c: { id: string }) => c.id)).not.toContain(
      'runbook',
    );
    expect(response.body.version).not.toBe(
      compileModel(defaultModelDefinition).version,
    );
  });

  it('refuses to start with an invalid model in app-config, naming the key', async () => {
    await expect(
      startTestBackend({
        features: features(
          mockServices.rootConfig.factory({
            data: { flexinfra: { model: { targetStage: 9 } } },
          }),
        ),
      }),
    ).rejects.toThrow(/flexinfra\.model\.targetStage/);
  });

  it.each([
    [{ refresh: { pageSize: 5000 } }, /flexinfra\.refresh\.pageSize/],
    [{ refresh: { kinds: [] } }, /flexinfra\.refresh\.kinds/],
    [{ retention: { historyDays: 0 } }, /flexinfra\.retention\.historyDays/],
    [{ schedule: { frequency: { fortnights: 1 } } }, /flexinfra\.schedule/],
    [{ trendDays: 'soon' }, /flexinfra\.trendDays/],
  ])(
    'refuses to start with bad config %p, naming the key',
    async (flexinfra, key) => {
      await expect(
        startTestBackend({
          features: features(
            mockServices.rootConfig.factory({ data: { flexinfra } }),
          ),
        }),
      ).rejects.toThrow(key);
    },
  );

  it('reports no last run on a fresh database', async () => {
    const server = await startBackend();
    const response = await request(server)
      .get('/api/flexinfra/status')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      lastRun: null,
      lastSuccessfulRun: null,
      results: { scored: 0, invalid: 0 },
      modelVersion: compileModel(defaultModelDefinition).version,
    });
  });

  it('scores the catalog on POST /refresh and serves the scorecard', async () => {
    const server = await startBackend();
    const refresh = await request(server)
      .post('/api/flexinfra/refresh')
      .set('Authorization', mockCredentials.user.header());
    expect(refresh.status).toBe(202);

    const status = await request(server)
      .get('/api/flexinfra/status')
      .set('Authorization', mockCredentials.user.header());
    expect(status.body.lastRun).toMatchObject({
      status: 'succeeded',
      trigger: 'manual',
      entitiesSeen: 1,
      entitiesScored: 1,
    });
    const scorecard = await request(server)
      .get('/api/flexinfra/entities/component/default/checkout-api')
      .set('Authorization', mockCredentials.user.header());
    expect(scorecard.status).toBe(200);
    expect(scorecard.body).toMatchObject({
      entityRef: 'component:default/checkout-api',
      outcome: 'scored',
      stage: { number: 1, name: 'Static & Constrained' },
    });
  });

  it('serves every route in the real backend wiring, each refusing a caller without credentials', async () => {
    const { server } = await startTestBackend({
      features: features(
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ),
    });
    const user = mockCredentials.user.header();
    await request(server)
      .post('/api/flexinfra/refresh')
      .set('Authorization', user)
      .expect(202);

    // Each route with a property its JSON body has.
    const routes: Array<[string, number, string]> = [
      ['/health', 200, 'status'],
      ['/model', 200, 'checks'],
      ['/status', 200, 'lastRun'],
      ['/entities?limit=5', 200, 'items'],
      ['/entities/component/default/checkout-api', 200, 'checks'],
      ['/entities/component/default/checkout-api/history', 200, 'items'],
      ['/summary?groupBy=owner', 200, 'groups'],
      ['/checks', 200, 'length'],
      ['/checks/owned/entities?status=pass', 200, 'items'],
      ['/openapi.json', 200, 'paths'],
    ];
    for (const [path, status, key] of routes) {
      const url = `/api/flexinfra${path}`;
      const response = await request(server)
        .get(url)
        .set('Authorization', user);
      expect({ url, status: response.status }).toEqual({ url, status });
      expect(response.body).toHaveProperty(key);
      const anonymous = await request(server).get(url);
      expect({ url, status: anonymous.status }).toEqual({ url, status: 401 });
    }
    const csv = await request(server)
      .get('/api/flexinfra/export?format=csv')
      .set('Authorization', user);
    expect(csv.status).toBe(200);
    expect(csv.text).toMatch(
      /^entity_ref,[^\n]*\ncomponent:default\/checkout-api,/,
    );
    expect(
      (await request(server).get('/api/flexinfra/export?format=csv')).status,
    ).toBe(401);
    const refreshAnonymous = await request(server).post(
      '/api/flexinfra/refresh',
    );
    expect(refreshAnonymous.status).toBe(401);

    for (const bad of [
      '/summary?groupBy=color',
      '/entities?limit=1000',
      '/checks/owned/entities?status=maybe',
      '/export?format=xlsx',
      '/entities/component/default/checkout-api/history?limit=0',
    ]) {
      const response = await request(server)
        .get(`/api/flexinfra${bad}`)
        .set('Authorization', user);
      expect({
        bad,
        status: response.status,
        name: response.body.error?.name,
      }).toEqual({
        bad,
        status: 400,
        name: 'InputError',
      });
    }
    const unknown = await request(server)
      .get('/api/flexinfra/entities/component/default/nope')
      .set('Authorization', user);
    expect(unknown.status).toBe(404);
  });

  it('lets a backend module add a check in code, with a fact provider for its evidence', async () => {
    const pagerModule = createBackendModule({
      pluginId: 'flexinfra',
      moduleId: 'pager',
      register(env) {
        env.registerInit({
          deps: { checks: flexinfraChecksExtensionPoint },
          async init({ checks }) {
            checks.addFactProvider({
              id: 'pager',
              appliesTo: { kind: 'Component' },
              async getFacts(entities) {
                return new Map(
                  entities.map(e => [
                    `component:default/${e.metadata.name}`,
                    { activeSchedule: e.metadata.name === 'checkout-api' },
                  ]),
                );
              },
            });
            checks.addChecks({
              ...defaultModelDefinition.checks.find(c => c.id === 'on-call')!,
              id: 'pager-schedule',
              title: 'An active paging schedule',
              stage: null,
              evidence: { 'facts.pager.activeSchedule': true },
            });
          },
        });
      },
    });
    const { server } = await startTestBackend({
      features: features(pagerModule),
    });
    const model = await request(server)
      .get('/api/flexinfra/model')
      .set('Authorization', mockCredentials.user.header());
    expect(model.body.checks.map((c: { id: string }) => c.id)).toContain(
      'pager-schedule',
    );

    await request(server)
      .post('/api/flexinfra/refresh')
      .set('Authorization', mockCredentials.user.header())
      .expect(202);
    const scorecard = await request(server)
      .get('/api/flexinfra/entities/component/default/checkout-api')
      .set('Authorization', mockCredentials.user.header());
    expect(
      scorecard.body.checks.find(
        (c: { id: string }) => c.id === 'pager-schedule',
      ),
    ).toMatchObject({
      status: 'pass',
      message: expect.stringContaining('facts.pager.activeSchedule'),
    });
  });

  it('refuses to start when a module adds an invalid check, naming it', async () => {
    const badModule = createBackendModule({
      pluginId: 'flexinfra',
      moduleId: 'bad',
      register(env) {
        env.registerInit({
          deps: { checks: flexinfraChecksExtensionPoint },
          async init({ checks }) {
            checks.addChecks({
              ...defaultModelDefinition.checks[0],
              id: 'Not An Id',
            });
          },
        });
      },
    });
    await expect(
      startTestBackend({ features: features(badModule) }),
    ).rejects.toThrow(/flexinfra\.model\.checks\[\d+\]\.id/);
  });

  it('registers the FlexInfra permissions', async () => {
    const server = await startBackend();
    const response = await request(server)
      .get('/api/flexinfra/.well-known/backstage/permissions/metadata')
      .set('Authorization', mockCredentials.service.header());

    expect(response.status).toBe(200);
    expect(response.body.permissions).toEqual([
      flexinfraRefreshPermission,
      flexinfraCampaignCreatePermission,
      flexinfraCampaignUpdatePermission,
      flexinfraCampaignDeletePermission,
    ]);
  });
});

// The same plugin on every engine the database tests use, to show that its
// migrations run there and that /status reads back what the store wrote.
const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'flexinfraPlugin on %p',
  databaseId => {
    it('migrates its database and reports the last run', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: onDatabase(mockServices.database.factory({ knex })),
      });

      const fresh = await request(server)
        .get('/api/flexinfra/status')
        .set('Authorization', mockCredentials.user.header());
      expect(fresh.status).toBe(200);
      expect(fresh.body.lastRun).toBeNull();

      // The plugin has applied the migrations; a second store on the same
      // database finds nothing left to migrate and writes a run.
      const store = await DatabaseRefreshRunStore.create({
        database: mockServices.database({ knex }),
      });
      const run = await store.startRun();
      const finished = await store.finishRun(run.id, {
        status: 'succeeded',
        entitiesScored: 12,
      });

      const afterRun = await request(server)
        .get('/api/flexinfra/status')
        .set('Authorization', mockCredentials.user.header());
      expect(afterRun.status).toBe(200);
      expect(afterRun.body.lastRun).toEqual(finished);
    });
  },
);
