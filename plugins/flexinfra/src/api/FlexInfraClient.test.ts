import { ResponseError } from '@backstage/errors';
import {
  MATURITY_STAGES,
  DIMENSIONS,
  DORA_LEVELS,
  SOURCE_DOCUMENTS,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { mockApis, registerMswTestHooks } from '@backstage/frontend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { FlexInfraClient } from './FlexInfraClient';
import type {
  EntityScorecard,
  FlexInfraStatus,
  FlexInfraSummary,
  ScorecardHistoryEntry,
} from './FlexInfraApi';

const baseUrl = 'http://backstage.test/api/flexinfra';

const entity = { kind: 'component', namespace: 'default', name: 'checkout' };

const scorecard: EntityScorecard = {
  entityRef: 'component:default/checkout',
  outcome: 'scored',
  stage: { number: 2, name: 'Standardised but Rigid' },
  nextStage: {
    number: 3,
    name: 'Elastic & Programmable',
    missing: ['iac-managed'],
  },
  score: 55.5,
  doraScore: 2.7,
  dimensions: [{ id: 'infrastructure-as-code', score: 40 }],
  checks: [
    {
      id: 'iac-managed',
      title: 'Managed as infrastructure as code',
      dimension: 'infrastructure-as-code',
      stage: 3,
      weight: 3,
      status: 'pass',
      message: 'Terraform in infra/main.tf and 1 more',
      evidence: [
        {
          origin: 'repository',
          text: 'Terraform in infra/main.tf and 1 more',
          paths: ['infra/main.tf', 'infra/network.tf'],
        },
        { origin: 'declared', text: 'flexinfra.io/iac-tool: terraform' },
      ],
      remediation: 'Describe the infrastructure in Terraform or OpenTofu.',
      docsUrl: 'https://flexinfra.example/docs/model#iac-managed',
      template: null,
      waiver: null,
    },
  ],
  error: null,
  repository: {
    target: 'url:https://git.example.com/payments/checkout/tree/main/',
    browseUrl: 'https://git.example.com/payments/checkout/tree/main/',
    analyzed: true,
    error: null,
    problems: [{ path: 'deploy/values.yaml', message: 'not valid YAML' }],
  },
  modelVersion: 'abc123def456',
  computedAt: '2025-03-01T10:02:00.000Z',
  changedAt: '2025-02-20T08:00:00.000Z',
};

const historyEntry: ScorecardHistoryEntry = {
  recordedAt: '2025-03-01T10:02:00.000Z',
  outcome: 'scored',
  stage: 2,
  score: 55.5,
  doraScore: 2.7,
  modelVersion: 'abc123def456',
  changes: [{ id: 'owned', from: 'fail', to: 'pass' }],
};

const filters = {
  kind: ['component', 'resource'],
  owner: ['group:default/payments'],
  system: ['system:default/shop'],
};

/** The JSON body the backend's error middleware sends. */
function errorBody(name: string, message: string, statusCode: number) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/api/flexinfra/model' },
    response: { statusCode },
  };
}

describe('FlexInfraClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const requests: Request[] = [];
  beforeEach(() => {
    requests.length = 0;
    server.events.on('request:start', ({ request }) => {
      requests.push(request);
    });
  });
  afterEach(() => {
    server.events.removeAllListeners();
  });

  /** The requests' URLs, parsed. */
  const requestUrls = () => requests.map(r => new URL(r.url));

  function createClient() {
    return new FlexInfraClient({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
      fetchApi: mockApis.fetch({ injectIdentityAuth: { token: 'user-token' } }),
    });
  }

  it('gets the model from the discovered base URL through the fetch API', async () => {
    const model = {
      stages: MATURITY_STAGES,
      dimensions: DIMENSIONS,
      doraLevels: DORA_LEVELS,
      sources: SOURCE_DOCUMENTS,
    };
    server.use(http.get(`${baseUrl}/model`, () => HttpResponse.json(model)));

    await expect(createClient().getModel()).resolves.toEqual(model);

    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe(`${baseUrl}/model`);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].headers.get('authorization')).toBe('Bearer user-token');
  });

  it('gets the status of the last refresh run', async () => {
    const status: FlexInfraStatus = {
      lastRun: {
        id: 7,
        startedAt: '2025-03-01T10:00:00.000Z',
        finishedAt: '2025-03-01T10:02:00.000Z',
        status: 'succeeded',
        entitiesScored: 42,
        error: null,
        trigger: 'manual',
        entitiesSeen: 50,
        entitiesChanged: 3,
        entitiesRemoved: 1,
        modelVersion: 'abc123def456',
      },
      lastSuccessfulRun: null,
      results: { scored: 42, invalid: 1 },
      modelVersion: 'abc123def456',
    };
    server.use(http.get(`${baseUrl}/status`, () => HttpResponse.json(status)));

    await expect(createClient().getStatus()).resolves.toEqual(status);
    expect(requests.map(r => r.url)).toEqual([`${baseUrl}/status`]);
  });

  it('passes on a status without any run', async () => {
    server.use(
      http.get(`${baseUrl}/status`, () => HttpResponse.json({ lastRun: null })),
    );

    await expect(createClient().getStatus()).resolves.toEqual({
      lastRun: null,
    });
  });

  describe('getScorecard', () => {
    it("gets the entity's scorecard by kind, namespace and name", async () => {
      server.use(
        http.get(`${baseUrl}/entities/component/default/checkout`, () =>
          HttpResponse.json(scorecard),
        ),
      );

      await expect(createClient().getScorecard(entity)).resolves.toEqual(
        scorecard,
      );
      expect(requests.map(r => r.url)).toEqual([
        `${baseUrl}/entities/component/default/checkout`,
      ]);
    });

    it('URL-encodes the parts of the ref', async () => {
      server.use(
        http.get(`${baseUrl}/entities/:kind/:namespace/:name`, () =>
          HttpResponse.json(scorecard),
        ),
      );

      await createClient().getScorecard({
        kind: 'Component',
        namespace: 'a b',
        name: 'x/y',
      });
      expect(requests[0].url).toBe(`${baseUrl}/entities/Component/a%20b/x%2Fy`);
    });

    it('is undefined when the entity has not been scored (404)', async () => {
      server.use(
        http.get(`${baseUrl}/entities/component/default/checkout`, () =>
          HttpResponse.json(
            errorBody(
              'NotFoundError',
              'Entity component:default/checkout has not been scored yet',
              404,
            ),
            { status: 404 },
          ),
        ),
      );

      await expect(
        createClient().getScorecard(entity),
      ).resolves.toBeUndefined();
    });

    it('throws a ResponseError for other failures', async () => {
      server.use(
        http.get(`${baseUrl}/entities/component/default/checkout`, () =>
          HttpResponse.json(errorBody('Error', 'database is down', 500), {
            status: 500,
          }),
        ),
      );

      await expect(createClient().getScorecard(entity)).rejects.toMatchObject({
        name: 'ResponseError',
        response: { status: 500 },
        body: { error: { message: 'database is down' } },
      });
    });
  });

  describe('getHistory', () => {
    it('returns the items, passing the limit', async () => {
      server.use(
        http.get(`${baseUrl}/entities/component/default/checkout/history`, () =>
          HttpResponse.json({
            entityRef: 'component:default/checkout',
            items: [historyEntry],
          }),
        ),
      );

      await expect(
        createClient().getHistory(entity, { limit: 30 }),
      ).resolves.toEqual([historyEntry]);
      expect(requests[0].url).toBe(
        `${baseUrl}/entities/component/default/checkout/history?limit=30`,
      );
    });

    it('sends no limit unless given one', async () => {
      server.use(
        http.get(`${baseUrl}/entities/component/default/checkout/history`, () =>
          HttpResponse.json({ entityRef: 'x', items: [] }),
        ),
      );

      await createClient().getHistory(entity);
      expect(requests[0].url).toBe(
        `${baseUrl}/entities/component/default/checkout/history`,
      );
    });

    it('is empty when the entity has not been scored (404)', async () => {
      server.use(
        http.get(`${baseUrl}/entities/component/default/checkout/history`, () =>
          HttpResponse.json(errorBody('NotFoundError', 'not scored', 404), {
            status: 404,
          }),
        ),
      );

      await expect(createClient().getHistory(entity)).resolves.toEqual([]);
    });

    it('throws a ResponseError for other failures', async () => {
      server.use(
        http.get(`${baseUrl}/entities/component/default/checkout/history`, () =>
          HttpResponse.json(errorBody('InputError', 'bad limit', 400), {
            status: 400,
          }),
        ),
      );

      await expect(createClient().getHistory(entity)).rejects.toBeInstanceOf(
        ResponseError,
      );
    });
  });

  describe('getSummary', () => {
    it('sends groupBy, trendDays and every filter value as its own parameter', async () => {
      const summary = {
        groupBy: 'owner',
        groups: [],
      } as unknown as FlexInfraSummary;
      server.use(
        http.get(`${baseUrl}/summary`, () => HttpResponse.json(summary)),
      );

      await expect(
        createClient().getSummary({
          groupBy: 'owner',
          trendDays: 7,
          filters: {
            ...filters,
            owner: ['group:default/a', 'group:default/b'],
          },
        }),
      ).resolves.toEqual(summary);

      const [url] = requestUrls();
      expect(url.pathname).toBe('/api/flexinfra/summary');
      expect(url.searchParams.get('groupBy')).toBe('owner');
      expect(url.searchParams.get('trendDays')).toBe('7');
      expect(url.searchParams.getAll('owner')).toEqual([
        'group:default/a',
        'group:default/b',
      ]);
      expect(url.searchParams.getAll('kind')).toEqual([
        'component',
        'resource',
      ]);
      expect(url.searchParams.getAll('system')).toEqual([
        'system:default/shop',
      ]);
      expect(url.searchParams.has('domain')).toBe(false);
    });

    it('leaves out what is not given', async () => {
      server.use(http.get(`${baseUrl}/summary`, () => HttpResponse.json({})));

      await createClient().getSummary({ groupBy: 'kind' });
      expect(requests[0].url).toBe(`${baseUrl}/summary?groupBy=kind`);
    });

    it('throws a ResponseError naming the bad parameter', async () => {
      server.use(
        http.get(`${baseUrl}/summary`, () =>
          HttpResponse.json(
            errorBody('InputError', 'Invalid owner filter value', 400),
            { status: 400 },
          ),
        ),
      );

      await expect(
        createClient().getSummary({ groupBy: 'owner' }),
      ).rejects.toMatchObject({
        name: 'ResponseError',
        body: { error: { message: 'Invalid owner filter value' } },
      });
    });
  });

  describe('getCheckStatistics', () => {
    it('gets the statistics, filtered', async () => {
      const statistics = [
        {
          checkId: 'owned',
          title: 'Has an owner',
          pass: 3,
          fail: 1,
          waived: 0,
        },
      ];
      server.use(
        http.get(`${baseUrl}/checks`, () => HttpResponse.json(statistics)),
      );

      await expect(
        createClient().getCheckStatistics({
          filters: { domain: ['payments'] },
        }),
      ).resolves.toEqual(statistics);
      expect(requests[0].url).toBe(`${baseUrl}/checks?domain=payments`);
    });

    it('has no query string without filters', async () => {
      server.use(http.get(`${baseUrl}/checks`, () => HttpResponse.json([])));

      await createClient().getCheckStatistics();
      expect(requests[0].url).toBe(`${baseUrl}/checks`);
    });
  });

  describe('getCheckEntities', () => {
    it('gets a page of a check, with status, limit, cursor and filters', async () => {
      const page = {
        checkId: 'iac-managed',
        status: 'pass',
        items: [],
        nextCursor: null,
      };
      server.use(
        http.get(`${baseUrl}/checks/iac-managed/entities`, () =>
          HttpResponse.json(page),
        ),
      );

      await expect(
        createClient().getCheckEntities({
          checkId: 'iac-managed',
          status: 'pass',
          limit: 20,
          cursor: 'abc=',
          filters: { lifecycle: ['production'] },
        }),
      ).resolves.toEqual(page);

      const [url] = requestUrls();
      expect(url.pathname).toBe('/api/flexinfra/checks/iac-managed/entities');
      expect(Object.fromEntries(url.searchParams)).toEqual({
        status: 'pass',
        limit: '20',
        cursor: 'abc=',
        lifecycle: 'production',
      });
    });

    it('throws a ResponseError for an unknown check', async () => {
      server.use(
        http.get(`${baseUrl}/checks/nope/entities`, () =>
          HttpResponse.json(
            errorBody('NotFoundError', 'The model has no check "nope"', 404),
            { status: 404 },
          ),
        ),
      );

      await expect(
        createClient().getCheckEntities({ checkId: 'nope' }),
      ).rejects.toMatchObject({ response: { status: 404 } });
    });
  });

  describe('getWaivers', () => {
    it('asks for the waivers, filtered, with how soon counts as soon', async () => {
      const overview = {
        asOf: '2027-01-10',
        soonDays: 14,
        active: 1,
        expiringSoon: 1,
        byCheck: [
          { checkId: 'on-call', title: 'On call', active: 1, expiringSoon: 1 },
        ],
        byOwner: [
          { ownerRef: 'group:default/payments', active: 1, expiringSoon: 1 },
        ],
        items: [
          {
            entityRef: 'component:default/checkout',
            title: null,
            ownerRef: 'group:default/payments',
            checkId: 'on-call',
            checkTitle: 'On call',
            reason: 'Team forming',
            expires: '2027-01-20',
            expiresInDays: 10,
          },
        ],
      };
      server.use(
        http.get(`${baseUrl}/waivers`, () => HttpResponse.json(overview)),
      );

      await expect(
        createClient().getWaivers({ soonDays: 14, filters }),
      ).resolves.toEqual(overview);

      const [url] = requestUrls();
      expect(url.pathname).toBe('/api/flexinfra/waivers');
      expect(url.searchParams.get('soonDays')).toBe('14');
      expect(url.searchParams.has('limit')).toBe(false);
      expect(url.searchParams.getAll('owner')).toEqual([
        'group:default/payments',
      ]);
    });
  });

  describe('campaigns', () => {
    const input = {
      title: 'Everything as code',
      description: 'Every payments service managed as code by March.',
      owner: 'group:default/platform',
      scope: { type: 'group' as const, ref: 'group:default/payments' },
      target: { stage: 3 },
      startDate: '2027-01-01',
      dueDate: '2027-03-31',
      milestones: [{ date: '2027-02-15', share: 0.5 }],
    };
    const campaign = {
      ...input,
      id: 'c/1 x',
      status: 'active' as const,
      createdBy: 'user:default/ada',
      createdAt: '2027-01-01T09:00:00.000Z',
      updatedAt: '2027-01-01T09:00:00.000Z',
    };

    it('lists campaigns with a status, and all without one', async () => {
      server.use(
        http.get(`${baseUrl}/campaigns`, () =>
          HttpResponse.json({ items: [campaign] }),
        ),
      );

      await expect(
        createClient().listCampaigns({ status: 'active' }),
      ).resolves.toEqual({ items: [campaign] });
      await createClient().listCampaigns();

      expect(requestUrls().map(url => url.search)).toEqual([
        '?status=active',
        '',
      ]);
    });

    it('creates a campaign by posting its input as JSON', async () => {
      server.use(
        http.post(`${baseUrl}/campaigns`, () =>
          HttpResponse.json(campaign, { status: 201 }),
        ),
      );

      await expect(createClient().createCampaign(input)).resolves.toEqual(
        campaign,
      );

      expect(requests[0].method).toBe('POST');
      expect(requests[0].headers.get('content-type')).toBe('application/json');
      expect(await requests[0].clone().json()).toEqual(input);
    });

    it('gets, updates, archives and reads the progress of one campaign by its encoded id', async () => {
      const progress = { campaignId: campaign.id, share: 0.5 };
      server.use(
        http.get(`${baseUrl}/campaigns/:id`, () => HttpResponse.json(campaign)),
        http.put(`${baseUrl}/campaigns/:id`, () => HttpResponse.json(campaign)),
        http.post(`${baseUrl}/campaigns/:id/archive`, () =>
          HttpResponse.json({ ...campaign, status: 'archived' }),
        ),
        http.get(`${baseUrl}/campaigns/:id/progress`, () =>
          HttpResponse.json(progress),
        ),
      );
      const client = createClient();

      await expect(client.getCampaign(campaign.id)).resolves.toEqual(campaign);
      await expect(client.updateCampaign(campaign.id, input)).resolves.toEqual(
        campaign,
      );
      await expect(client.archiveCampaign(campaign.id)).resolves.toMatchObject({
        status: 'archived',
      });
      await expect(
        client.getCampaignProgress(campaign.id, { limit: 20 }),
      ).resolves.toEqual(progress);

      expect(
        requests.map(
          r => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`,
        ),
      ).toEqual([
        'GET /api/flexinfra/campaigns/c%2F1%20x',
        'PUT /api/flexinfra/campaigns/c%2F1%20x',
        'POST /api/flexinfra/campaigns/c%2F1%20x/archive',
        'GET /api/flexinfra/campaigns/c%2F1%20x/progress?limit=20',
      ]);
      expect(await requests[1].clone().json()).toEqual(input);
    });

    it("keeps the backend's message when it finds the input invalid", async () => {
      const message =
        'Invalid campaign: owner no entity group:default/nobody in the catalog';
      server.use(
        http.post(`${baseUrl}/campaigns`, () =>
          HttpResponse.json(errorBody('InputError', message, 400), {
            status: 400,
          }),
        ),
      );

      const error = await createClient()
        .createCampaign(input)
        .then(
          () => undefined,
          e => e,
        );
      expect(error).toBeInstanceOf(ResponseError);
      expect(error.body.error.message).toBe(message);
    });

    it("reads an entity's campaigns, and none when it is not found", async () => {
      const items = [
        {
          id: '1',
          title: 'Everything as code',
          owner: 'group:default/platform',
          target: { stage: 3 },
          dueDate: '2027-03-31',
          atTarget: false,
          missing: [
            {
              checkId: 'iac-managed',
              title: 'Managed as code',
              template: 'template:default/flexinfra-adopt-iac',
            },
          ],
        },
      ];
      server.use(
        http.get(
          `${baseUrl}/entities/component/default/checkout/campaigns`,
          () =>
            HttpResponse.json({
              entityRef: 'component:default/checkout',
              items,
            }),
        ),
        http.get(`${baseUrl}/entities/component/default/gone/campaigns`, () =>
          HttpResponse.json(errorBody('NotFoundError', 'gone', 404), {
            status: 404,
          }),
        ),
      );

      await expect(createClient().getEntityCampaigns(entity)).resolves.toEqual(
        items,
      );
      await expect(
        createClient().getEntityCampaigns({ ...entity, name: 'gone' }),
      ).resolves.toEqual([]);
    });
  });

  describe('adoption', () => {
    const run = {
      taskId: 't1',
      templateRef: 'template:default/flexinfra-adopt-iac',
      templateTitle: 'Adopt infrastructure as code',
      ranTemplateRef: 'template:default/flexinfra-adopt-iac',
      entityRef: 'component:default/checkout',
      createdBy: 'user:default/ada',
      createdAt: '2027-01-10T09:00:00.000Z',
      status: 'completed',
      outcome: 'fixed' as const,
      fixedChecks: [
        {
          id: 'iac-managed',
          title: 'Managed as code',
          fixedAt: '2027-01-12T09:00:00.000Z',
          daysToFix: 2,
        },
      ],
      daysToFix: 2,
    };

    it('reads the adoption summary with a limit', async () => {
      const summary = {
        since: '2026-10-12T00:00:00.000Z',
        fixWindowDays: 30,
        templates: [],
        recent: [run],
      };
      server.use(
        http.get(`${baseUrl}/adoption`, () => HttpResponse.json(summary)),
      );

      await expect(createClient().getAdoption({ limit: 5 })).resolves.toEqual(
        summary,
      );
      expect(requestUrls()[0].search).toBe('?limit=5');
    });

    it("reads an entity's runs, and none when it is not found", async () => {
      server.use(
        http.get(
          `${baseUrl}/entities/component/default/checkout/adoption`,
          () =>
            HttpResponse.json({
              entityRef: 'component:default/checkout',
              fixWindowDays: 30,
              runs: [run],
            }),
        ),
        http.get(`${baseUrl}/entities/component/default/gone/adoption`, () =>
          HttpResponse.json(errorBody('NotFoundError', 'gone', 404), {
            status: 404,
          }),
        ),
      );

      await expect(createClient().getEntityAdoption(entity)).resolves.toEqual([
        run,
      ]);
      await expect(
        createClient().getEntityAdoption({ ...entity, name: 'gone' }),
      ).resolves.toEqual([]);
    });
  });

  describe('listEntities', () => {
    it('lists the entities ordered by score, limited and filtered', async () => {
      const items = [
        {
          entityRef: 'component:default/legacy',
          title: null,
          ownerRef: 'group:default/payments',
          stage: 1,
          score: 12.5,
          doraScore: 1.4,
        },
      ];
      server.use(
        http.get(`${baseUrl}/entities`, () => HttpResponse.json({ items })),
      );

      await expect(
        createClient().listEntities({ limit: 5, filters }),
      ).resolves.toEqual({ items });

      const [url] = requestUrls();
      expect(url.pathname).toBe('/api/flexinfra/entities');
      expect(url.searchParams.get('order')).toBe('score');
      expect(url.searchParams.get('limit')).toBe('5');
      expect(url.searchParams.getAll('kind')).toEqual([
        'component',
        'resource',
      ]);
      expect(url.searchParams.getAll('owner')).toEqual([
        'group:default/payments',
      ]);
    });

    it('throws a ResponseError when the backend fails', async () => {
      server.use(
        http.get(
          `${baseUrl}/entities`,
          () => new HttpResponse('Bad gateway', { status: 502 }),
        ),
      );

      await expect(createClient().listEntities({})).rejects.toMatchObject({
        name: 'ResponseError',
        response: { status: 502 },
      });
    });
  });

  describe('getExportUrl', () => {
    it('is the absolute URL of the CSV export, with the filters, without calling the backend', async () => {
      const url = await createClient().getExportUrl({
        filters: { owner: ['group:default/a', 'group:default/b'] },
      });

      expect(url).toBe(
        `${baseUrl}/export?format=csv&owner=group%3Adefault%2Fa&owner=group%3Adefault%2Fb`,
      );
      expect(requests).toHaveLength(0);
    });

    it('exports everything without filters', async () => {
      await expect(createClient().getExportUrl()).resolves.toBe(
        `${baseUrl}/export?format=csv`,
      );
    });
  });

  describe('refresh', () => {
    it('posts to /refresh with the user credentials', async () => {
      server.use(
        http.post(`${baseUrl}/refresh`, () =>
          HttpResponse.json({ status: 'accepted' }, { status: 202 }),
        ),
      );

      await expect(createClient().refresh()).resolves.toBeUndefined();
      expect(requests).toHaveLength(1);
      expect(requests[0].method).toBe('POST');
      expect(requests[0].url).toBe(`${baseUrl}/refresh`);
      expect(requests[0].headers.get('authorization')).toBe(
        'Bearer user-token',
      );
    });

    it.each([
      [403, 'NotAllowedError', 'You may not start a FlexInfra refresh'],
      [409, 'ConflictError', 'A refresh is already running'],
    ])(
      'throws a ResponseError when the backend answers %p',
      async (statusCode, name, message) => {
        server.use(
          http.post(`${baseUrl}/refresh`, () =>
            HttpResponse.json(errorBody(name, message, statusCode), {
              status: statusCode,
            }),
          ),
        );

        const error = await createClient()
          .refresh()
          .then(
            () => undefined,
            e => e,
          );
        expect(error).toBeInstanceOf(ResponseError);
        expect(error.response.status).toBe(statusCode);
        expect(error.body.error).toMatchObject({ name, message });
      },
    );
  });

  it.each([
    [500, 'Error', 'database is down'],
    [401, 'AuthenticationError', 'Missing credentials'],
  ])(
    'throws a ResponseError when the backend answers %p',
    async (statusCode, name, message) => {
      server.use(
        http.get(`${baseUrl}/model`, () =>
          HttpResponse.json(errorBody(name, message, statusCode), {
            status: statusCode,
          }),
        ),
      );

      const error = await createClient()
        .getModel()
        .then(
          () => undefined,
          e => e,
        );

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.response.status).toBe(statusCode);
      expect(error.body.error).toMatchObject({ name, message });
      expect(error.message).toContain(String(statusCode));
      // The backend's own explanation is kept on the error, for the error panel.
      expect(error.cause).toMatchObject({ name, message });
    },
  );

  it('throws a ResponseError for a non-JSON error page too', async () => {
    server.use(
      http.get(
        `${baseUrl}/status`,
        () => new HttpResponse('Bad gateway', { status: 502 }),
      ),
    );

    await expect(createClient().getStatus()).rejects.toMatchObject({
      name: 'ResponseError',
      response: { status: 502 },
    });
  });
});
