import { closingSqliteDatabaseServiceFactory } from '@internal/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
  type BackstageCredentials,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import {
  AuthorizeResult,
  type Permission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { defaultModelDefinition } from '@flexinfra/backstage-plugin-flexinfra-common';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { onlyChecks, writeCatalogFile } from '../__testUtils__/realBackend';
import { flexinfraPlugin } from '../plugin';

/*
 * FlexInfra's actions as an AI tool sees them: the real MCP actions backend
 * serves the actions registered by FlexInfra, the real catalog holds a small
 * organisation read from a file, and an MCP SDK client talks to
 * /api/mcp-actions/v1 with a user's token. The permission policy hides one
 * component (labelled hidden) from users, so the actions, which act with
 * the caller's credentials, must not find it.
 */

jest.setTimeout(120_000);

const USER = 'user:default/alice';
const HIDDEN_LABEL = 'flexinfra.test/hidden';
const HIDDEN_REF = 'component:default/secret-api';

/** Only these checks of the default model. */
const KEPT_CHECKS = [
  'owned', // stage 2, weight 1
  'part-of-system', // stage 2, weight 1
  'iac-location', // stage 3, weight 2, with a template
  'autoscaling', // stage 3, weight 3, with a template
  'environments-declared', // scores only, weight 1
];

const TOOLS = [
  'flexinfra.explain-check',
  'flexinfra.get-scorecard',
  'flexinfra.list-failing-checks',
  'flexinfra.list-worst-entities',
  'flexinfra.suggest-next-fixes',
  'flexinfra.summarise-scope',
];

const isUser = (credentials: BackstageCredentials) =>
  credentials.principal !== null &&
  typeof credentials.principal === 'object' &&
  (credentials.principal as { type?: string }).type === 'user';

/** Users may read every catalog entity but those labelled hidden. */
const policyPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory(): PermissionsService {
    const hidesFrom = (permission: Permission, c: BackstageCredentials) =>
      permission.name === 'catalog.entity.read' && isUser(c);
    return {
      async authorize(requests, { credentials }) {
        return requests.map(r => ({
          result:
            hidesFrom(r.permission, credentials) && r.resourceRef === HIDDEN_REF
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        }));
      },
      async authorizeConditional(requests, { credentials }) {
        return requests.map((r): PolicyDecision => {
          if (!hidesFrom(r.permission, credentials)) {
            return { result: AuthorizeResult.ALLOW };
          }
          return {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              not: {
                rule: 'HAS_LABEL',
                resourceType: 'catalog-entity',
                params: { label: HIDDEN_LABEL },
              },
            },
          };
        }) as any;
      },
    };
  },
});

function component(
  name: string,
  spec: { system?: string },
  metadata: {
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
  } = {},
) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, ...metadata },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team-a',
      ...spec,
    },
  };
}

function writeCatalog(): string {
  const docs = [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'team-a' },
      spec: { type: 'team', children: [] },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: { name: 'commerce' },
      spec: { owner: 'group:default/team-a' },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'checkout' },
      spec: { owner: 'group:default/team-a', domain: 'commerce' },
    },
    // Stage 2: fails both stage 3 checks and environments-declared.
    component('checkout-api', { system: 'checkout' }),
    // Stage 3, everything passes.
    component(
      'search-api',
      { system: 'checkout' },
      {
        annotations: {
          'flexinfra.io/iac-location': 'infra/',
          'flexinfra.io/autoscaling': 'hpa',
          'flexinfra.io/environments': 'dev,prod',
        },
      },
    ),
    // Stage 1: no system.
    component('legacy-api', {}),
    // Like checkout-api, hidden from users.
    component(
      'secret-api',
      { system: 'checkout' },
      { labels: { [HIDDEN_LABEL]: 'true' } },
    ),
  ];
  return writeCatalogFile(docs);
}

type ToolResult = Awaited<ReturnType<Client['callTool']>>;

/** The structured output of a successful call. */
function output(result: ToolResult): any {
  expect(result.isError).toBeFalsy();
  return result.structuredContent;
}

/** The text of a failed call. */
function errorText(result: ToolResult): string {
  expect(result.isError).toBe(true);
  return (result.content as Array<{ text: string }>)[0].text;
}

describe('FlexInfra actions through the MCP actions backend', () => {
  let client: Client;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        closingSqliteDatabaseServiceFactory(),
        catalogPlugin,
        policyPermissions,
        flexinfraPlugin,
        mcpActionsPlugin,
        mockServices.rootConfig.factory({
          data: {
            backend: { actions: { pluginSources: ['flexinfra'] } },
            catalog: {
              rules: [
                {
                  allow: ['Component', 'Group', 'System', 'Domain', 'Location'],
                },
              ],
              locations: [{ type: 'file', target: writeCatalog() }],
              processingInterval: { seconds: 1 },
            },
            flexinfra: {
              refresh: { kinds: ['Component'] },
              repository: { enabled: false },
              notifications: { enabled: false },
              // Template runs are tested in src/adoption/.
              adoption: { enabled: false },
              model: onlyChecks(KEPT_CHECKS),
            },
          },
        }),
      ],
    });
    const { server } = backend;
    stop = () => backend.stop();
    const auth = mockCredentials.user.header(USER);

    // Refresh until the catalog has ingested the four components (and the
    // system's domain, which places them in it).
    const deadline = Date.now() + 90_000;
    for (;;) {
      await request(server)
        .post('/api/flexinfra/refresh')
        .set('Authorization', auth);
      const summary = await request(server)
        .get('/api/flexinfra/summary?groupBy=domain')
        .set('Authorization', auth);
      const inDomain = summary.body.groups?.find(
        (g: { key: string | null }) => g.key === 'domain:default/commerce',
      );
      if (summary.body.total?.entities === 4 && inDomain?.entities === 3) {
        break;
      }
      if (Date.now() > deadline) {
        throw new Error(`Not scored in time: ${JSON.stringify(summary.body)}`);
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }

    const { port } = server.address() as AddressInfo;
    client = new Client({ name: 'flexinfra-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${port}/api/mcp-actions/v1`),
        { requestInit: { headers: { Authorization: auth } } },
      ),
    );
  });

  afterAll(async () => {
    await client?.close();
    await stop?.();
  });

  it('lists the six read-only FlexInfra tools', async () => {
    const { tools } = await client.listTools();
    expect(tools.map(tool => tool.name).sort()).toEqual(TOOLS);
    for (const tool of tools) {
      expect(tool.annotations).toMatchObject({
        readOnlyHint: true,
        idempotentHint: true,
        destructiveHint: false,
      });
      expect(tool.description).toBeTruthy();
    }
    const scorecard = tools.find(t => t.name === 'flexinfra.get-scorecard')!;
    expect(scorecard.inputSchema).toMatchObject({
      type: 'object',
      properties: { entityRef: { type: 'string' } },
      required: ['entityRef'],
    });
  });

  it('gets a scorecard', async () => {
    const scorecard = output(
      await client.callTool({
        name: 'flexinfra.get-scorecard',
        arguments: { entityRef: 'component:default/checkout-api' },
      }),
    );
    expect(scorecard).toMatchObject({
      entityRef: 'component:default/checkout-api',
      outcome: 'scored',
      stage: { number: 2, name: 'Standardised but Rigid' },
      nextStage: {
        number: 3,
        name: 'Elastic & Programmable',
        missing: ['iac-location', 'autoscaling'],
      },
      targetStage: 3,
      // 2 of 8 weight points pass.
      score: 25,
      counts: { pass: 2, fail: 3, waived: 0, notApplicable: 0 },
      error: null,
    });
    expect(
      Object.fromEntries(
        scorecard.checks.map((c: { id: string; status: string }) => [
          c.id,
          c.status,
        ]),
      ),
    ).toEqual({
      owned: 'pass',
      'part-of-system': 'pass',
      'iac-location': 'fail',
      autoscaling: 'fail',
      'environments-declared': 'fail',
    });

    // The kind defaults to component.
    const short = output(
      await client.callTool({
        name: 'flexinfra.get-scorecard',
        arguments: { entityRef: 'search-api' },
      }),
    );
    expect(short).toMatchObject({
      entityRef: 'component:default/search-api',
      stage: { number: 3 },
      nextStage: null,
      score: 100,
    });
  });

  it('lists failing checks with remediation and template', async () => {
    const result = output(
      await client.callTool({
        name: 'flexinfra.list-failing-checks',
        arguments: { entityRef: 'component:default/checkout-api' },
      }),
    );
    expect(result.stage).toEqual({
      number: 2,
      name: 'Standardised but Rigid',
    });
    // Stage 3's checks first, the heavier first; the score-only one last.
    expect(
      result.checks.map((c: { id: string; template: string | null }) => [
        c.id,
        c.template,
      ]),
    ).toEqual([
      ['autoscaling', 'template:default/flexinfra-autoscaling-observability'],
      ['iac-location', 'template:default/flexinfra-adopt-iac'],
      ['environments-declared', null],
    ]);
    const autoscaling = defaultModelDefinition.checks.find(
      c => c.id === 'autoscaling',
    )!;
    expect(result.checks[0]).toMatchObject({
      stage: 3,
      weight: 3,
      remediation: autoscaling.remediation,
      docsUrl: autoscaling.docsUrl,
    });
  });

  it('explains a check, with an entity evidence', async () => {
    const definition = defaultModelDefinition.checks.find(
      c => c.id === 'iac-location',
    )!;
    const passing = output(
      await client.callTool({
        name: 'flexinfra.explain-check',
        arguments: {
          checkId: 'iac-location',
          entityRef: 'component:default/search-api',
        },
      }),
    );
    expect(passing).toMatchObject({
      id: 'iac-location',
      title: definition.title,
      stage: 3,
      weight: 2,
      rationale: definition.rationale,
      template: 'template:default/flexinfra-adopt-iac',
      entity: {
        entityRef: 'component:default/search-api',
        status: 'pass',
        waiver: null,
      },
    });
    expect(JSON.parse(passing.evidence)).toEqual(definition.evidence);
    expect(passing.sources.map((s: { id: string }) => s.id)).toEqual(
      definition.sources,
    );
    expect(passing.sources[0].title).toBeTruthy();
    expect(passing.entity.evidence).toEqual([
      expect.objectContaining({
        origin: 'declared',
        text: expect.stringContaining('infra/'),
      }),
    ]);

    const failing = output(
      await client.callTool({
        name: 'flexinfra.explain-check',
        arguments: { checkId: 'iac-location', entityRef: 'checkout-api' },
      }),
    );
    expect(failing.entity).toMatchObject({ status: 'fail', evidence: [] });
    expect(failing.entity.message).toMatch(/Missing/i);

    // Without an entity: the check alone.
    const alone = output(
      await client.callTool({
        name: 'flexinfra.explain-check',
        arguments: { checkId: 'owned' },
      }),
    );
    expect(alone).toMatchObject({ id: 'owned', stage: 2, entity: null });

    expect(
      errorText(
        await client.callTool({
          name: 'flexinfra.explain-check',
          arguments: { checkId: 'no-such-check' },
        }),
      ),
    ).toBe('NotFoundError: The model has no check "no-such-check"');
  });

  it('summarises a group, a system and a domain', async () => {
    const group = output(
      await client.callTool({
        name: 'flexinfra.summarise-scope',
        arguments: { scope: 'team-a' },
      }),
    );
    expect(group).toMatchObject({
      scope: 'group:default/team-a',
      targetStage: 3,
      breakdownBy: 'owner',
      total: {
        entities: 4,
        invalid: 0,
        stages: { '1': 1, '2': 2, '3': 1, '4': 0, '5': 0 },
        atTarget: 1,
        atTargetShare: 0.25,
      },
    });
    expect(group.groups).toEqual([
      expect.objectContaining({ key: 'group:default/team-a', entities: 4 }),
    ]);
    expect(
      group.mostFailedChecks.map((c: { checkId: string; fail: number }) => [
        c.checkId,
        c.fail,
      ]),
    ).toEqual([
      ['autoscaling', 3],
      ['environments-declared', 3],
      ['iac-location', 3],
      ['part-of-system', 1],
    ]);

    const system = output(
      await client.callTool({
        name: 'flexinfra.summarise-scope',
        arguments: { scope: 'system:default/checkout' },
      }),
    );
    expect(system.total).toMatchObject({
      entities: 3,
      stages: { '1': 0, '2': 2, '3': 1 },
    });

    const domain = output(
      await client.callTool({
        name: 'flexinfra.summarise-scope',
        arguments: { scope: 'domain:commerce' },
      }),
    );
    expect(domain.breakdownBy).toBe('system');
    expect(domain.groups).toEqual([
      expect.objectContaining({ key: 'system:default/checkout', entities: 3 }),
    ]);

    expect(
      errorText(
        await client.callTool({
          name: 'flexinfra.summarise-scope',
          arguments: { scope: 'component:default/checkout-api' },
        }),
      ),
    ).toBe(
      'InputError: Invalid entity ref "component:default/checkout-api": must be a ref of kind group, system, domain',
    );
  });

  it('lists the worst entities the caller may read', async () => {
    const worst = output(
      await client.callTool({
        name: 'flexinfra.list-worst-entities',
        arguments: { scope: 'group:default/team-a' },
      }),
    );
    // secret-api (25) is hidden from the caller.
    expect(
      worst.items.map(
        (i: { entityRef: string; stage: number; score: number }) => [
          i.entityRef,
          i.stage,
          i.score,
        ],
      ),
    ).toEqual([
      ['component:default/legacy-api', 1, 12.5],
      ['component:default/checkout-api', 2, 25],
      ['component:default/search-api', 3, 100],
    ]);
    const first = output(
      await client.callTool({
        name: 'flexinfra.list-worst-entities',
        arguments: { limit: 1 },
      }),
    );
    expect(first).toEqual({
      scope: null,
      items: [
        expect.objectContaining({
          entityRef: 'component:default/legacy-api',
          ownerRef: 'group:default/team-a',
        }),
      ],
    });
  });

  it('says what to fix next, cheapest first', async () => {
    const next = output(
      await client.callTool({
        name: 'flexinfra.suggest-next-fixes',
        arguments: { entityRef: 'component:default/checkout-api' },
      }),
    );
    expect(next).toMatchObject({
      entityRef: 'component:default/checkout-api',
      stage: { number: 2 },
      score: 25,
      nextStage: { number: 3, name: 'Elastic & Programmable' },
      // (2 passing + 2 + 3 fixed) of 8 weight points.
      scoreAfter: 87.5,
    });
    expect(
      next.fixes.map((f: { id: string; scoreGain: number }) => [
        f.id,
        f.scoreGain,
      ]),
    ).toEqual([
      ['iac-location', 25],
      ['autoscaling', 37.5],
    ]);
    expect(next.fixes[0].template).toBe('template:default/flexinfra-adopt-iac');

    const legacy = output(
      await client.callTool({
        name: 'flexinfra.suggest-next-fixes',
        arguments: { entityRef: 'legacy-api' },
      }),
    );
    expect(legacy.nextStage).toEqual({
      number: 2,
      name: 'Standardised but Rigid',
    });
    expect(legacy.fixes.map((f: { id: string }) => f.id)).toEqual([
      'part-of-system',
    ]);

    const top = output(
      await client.callTool({
        name: 'flexinfra.suggest-next-fixes',
        arguments: { entityRef: 'search-api' },
      }),
    );
    expect(top).toMatchObject({ nextStage: null, fixes: [] });
  });

  it('does not find an entity the caller may not read, nor a malformed ref', async () => {
    const notFound = `NotFoundError: No entity ${HIDDEN_REF} is visible in the catalog`;
    for (const name of [
      'flexinfra.get-scorecard',
      'flexinfra.list-failing-checks',
      'flexinfra.suggest-next-fixes',
    ]) {
      expect(
        errorText(
          await client.callTool({
            name,
            arguments: { entityRef: HIDDEN_REF },
          }),
        ),
      ).toBe(notFound);
    }
    expect(
      errorText(
        await client.callTool({
          name: 'flexinfra.explain-check',
          arguments: { checkId: 'owned', entityRef: HIDDEN_REF },
        }),
      ),
    ).toBe(notFound);

    expect(
      errorText(
        await client.callTool({
          name: 'flexinfra.get-scorecard',
          arguments: { entityRef: 'component:default/bad name' },
        }),
      ),
    ).toMatch(/^InputError: Invalid entity ref "component:default\/bad name"/);
  });
});
