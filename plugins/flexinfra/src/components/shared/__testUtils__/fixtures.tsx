import type { Entity } from '@backstage/catalog-model';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  DIMENSIONS,
  DORA_LEVELS,
  MATURITY_STAGES,
  type CheckDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { ReactElement } from 'react';
import {
  flexInfraApiRef,
  type AdoptionRun,
  type EntityScorecard,
  type FlexInfraApi,
  type FlexInfraModel,
  type FlexInfraStatus,
  type FlexInfraSummary,
  type ScorecardCheck,
} from '../../../api';
import { rootRouteRef, scaffolderTemplateRouteRef } from '../../../routes';

/**
 * A run of flexinfra-adopt-iac for the checkout component on 12 Dec 2026,
 * completed with no fix seen yet, with these fields changed.
 */
export function adoptionRun(fields: Partial<AdoptionRun> = {}): AdoptionRun {
  return {
    taskId: 't1',
    templateRef: 'template:default/flexinfra-adopt-iac',
    templateTitle: 'Adopt infrastructure as code',
    ranTemplateRef: 'template:default/flexinfra-adopt-iac',
    entityRef: 'component:default/checkout',
    createdBy: 'user:default/ada',
    createdAt: '2026-12-12T10:00:00.000Z',
    status: 'completed',
    outcome: 'pending',
    fixedChecks: [],
    daysToFix: null,
    ...fields,
  };
}

/** A Component the default model scores. */
export const componentEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', namespace: 'default', title: 'Checkout' },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments' },
};

export const groupEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

export const systemEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'shop', namespace: 'default' },
  spec: { owner: 'payments' },
};

export const domainEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Domain',
  metadata: { name: 'commerce', namespace: 'default' },
  spec: { owner: 'payments' },
};

function check(
  values: Partial<ScorecardCheck> & Pick<ScorecardCheck, 'id' | 'title'>,
): ScorecardCheck {
  return {
    dimension: 'operational-excellence',
    stage: null,
    weight: 1,
    status: 'pass',
    message: `Found evidence for ${values.id}.`,
    evidence: [],
    remediation: `Do what ${values.id} asks.`,
    docsUrl: `https://flexinfra.example/docs/model#${values.id}`,
    template: null,
    waiver: null,
    ...values,
  };
}

/** A scored Component at stage 2, two checks short of stage 3. */
export const scorecard: EntityScorecard = {
  entityRef: 'component:default/checkout',
  outcome: 'scored',
  stage: { number: 2, name: 'Standardised but Rigid' },
  nextStage: {
    number: 3,
    name: 'Elastic & Programmable',
    missing: ['iac-managed', 'autoscaling'],
  },
  score: 62.5,
  doraScore: 2.9,
  dimensions: [
    { id: 'infrastructure-as-code', score: 40 },
    { id: 'rapid-elasticity', score: 0 },
    { id: 'broad-network-access', score: null },
  ],
  checks: [
    check({
      id: 'owned',
      title: 'Has an owner',
      stage: 2,
      evidence: [
        { origin: 'catalog', text: 'Owned by group:default/payments' },
      ],
    }),
    check({
      id: 'ci-pipeline',
      title: 'Built by a CI pipeline',
      stage: 2,
      status: 'waived',
      message: 'Waived until 2030-01-01: pipeline migration in progress',
      waiver: {
        expires: '2030-01-01',
        reason: 'pipeline migration in progress',
        expired: false,
      },
    }),
    check({
      id: 'iac-managed',
      title: 'Managed as infrastructure as code',
      dimension: 'infrastructure-as-code',
      stage: 3,
      status: 'fail',
      message: 'Missing annotation flexinfra.io/iac-tool.',
      remediation: 'Describe the infrastructure in Terraform or OpenTofu.',
      template: 'template:default/flexinfra-adopt-iac',
    }),
    check({
      id: 'autoscaling',
      title: 'Scales automatically',
      dimension: 'rapid-elasticity',
      stage: 3,
      status: 'fail',
      message: 'Missing annotation flexinfra.io/autoscaling.',
      template: 'template:default/flexinfra-autoscaling-observability',
    }),
    check({
      id: 'backups',
      title: 'Backed up',
      stage: 4,
      status: 'not-applicable',
      message: 'Applies to stateful resources only.',
    }),
    check({
      id: 'code-quality',
      title: 'Code quality is measured',
      status: 'fail',
      message: 'Missing annotation sonarqube.org/project-key.',
    }),
  ],
  error: null,
  repository: {
    target: 'url:https://git.example.com/payments/checkout/tree/main/',
    browseUrl: 'https://git.example.com/payments/checkout/tree/main/',
    analyzed: true,
    error: null,
    problems: [],
  },
  modelVersion: 'abc123def456',
  computedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
  changedAt: new Date(Date.now() - 5 * 24 * 3600_000).toISOString(),
};

/**
 * The model the scorecard fixture was scored with: a definition for each of
 * its checks, citing the documents in `sources`.
 */
export const model: FlexInfraModel = {
  version: 'abc123def456',
  targetStage: 3,
  checks: scorecard.checks.map(({ id, title, dimension, stage, weight }) => ({
    id,
    title,
    dimension: dimension as CheckDefinition['dimension'],
    stage: stage as CheckDefinition['stage'],
    weight,
    appliesTo: { kind: 'component' },
    evidence: { 'facts.iac.found': true },
    rationale: `Why ${id} matters.`,
    sources:
      id === 'iac-managed'
        ? ['dora-flexible-infrastructure', 'infrastructure-as-code']
        : ['dora-flexible-infrastructure'],
    remediation: `Do what ${id} asks.`,
    docsUrl: `https://flexinfra.example/docs/model#${id}`,
  })),
  stages: [...MATURITY_STAGES],
  dimensions: [...DIMENSIONS],
  doraLevels: [...DORA_LEVELS],
  sources: [
    {
      id: 'dora-flexible-infrastructure',
      title: 'Flexible Infrastructure',
      publisher: 'DORA (capability catalog)',
      url: 'https://dora.dev/capabilities/flexible-infrastructure/',
      summary: "NIST's five characteristics of cloud computing.",
    },
    {
      id: 'infrastructure-as-code',
      title: 'Infrastructure as Code',
      publisher: 'Reflex documentation',
      url: null,
      summary: 'Infrastructure changes as tested, reviewed code.',
    },
  ],
};

export const finishedRunStatus: FlexInfraStatus = {
  lastRun: {
    id: 3,
    startedAt: new Date(Date.now() - 2 * 3600_000 - 60_000).toISOString(),
    finishedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    status: 'succeeded',
    entitiesScored: 42,
    error: null,
    trigger: 'schedule',
    entitiesSeen: 50,
    entitiesChanged: 4,
    entitiesRemoved: 0,
    modelVersion: 'abc123def456',
  },
  lastSuccessfulRun: null,
  results: { scored: 42, invalid: 0 },
  modelVersion: 'abc123def456',
};

export const rollupSummary: FlexInfraSummary = {
  groupBy: 'owner',
  targetStage: 3,
  modelVersion: 'abc123def456',
  total: {
    entities: 10,
    invalid: 1,
    stages: { '1': 2, '2': 4, '3': 3, '4': 1, '5': 0 },
    averageScore: 54.3,
    averageDoraScore: 2.6,
    atTarget: 4,
    atTargetShare: 0.4,
  },
  groups: [],
};

/** Every method of the API (the `satisfies` keeps the list complete). */
const API_METHODS = Object.keys({
  getModel: true,
  getStatus: true,
  getScorecard: true,
  getHistory: true,
  getSummary: true,
  getCheckStatistics: true,
  getCheckEntities: true,
  listEntities: true,
  getWaivers: true,
  listCampaigns: true,
  getCampaign: true,
  createCampaign: true,
  updateCampaign: true,
  archiveCampaign: true,
  getCampaignProgress: true,
  getEntityCampaigns: true,
  getAdoption: true,
  getEntityAdoption: true,
  getExportUrl: true,
  refresh: true,
} satisfies Record<keyof FlexInfraApi, true>) as Array<keyof FlexInfraApi>;

/**
 * A FlexInfraApi of jest mocks: those given here, and for the other methods
 * mocks that fail the call (so that an unexpected request shows).
 */
export function fakeFlexInfraApi(
  implementations: Partial<FlexInfraApi> = {},
): jest.Mocked<FlexInfraApi> {
  const api: Record<string, jest.Mock> = {};
  for (const name of API_METHODS) {
    const implementation = implementations[name] as
      | ((...args: unknown[]) => Promise<unknown>)
      | undefined;
    api[name] = jest.fn(
      implementation ??
        (async () => {
          throw new Error(`Unexpected call of ${name}`);
        }),
    );
  }
  return api as unknown as jest.Mocked<FlexInfraApi>;
}

/** A promise that never settles: a request still loading. */
export const pending = () => new Promise<never>(() => {});

/** Where the test app mounts the scaffolder's template page. */
export const TEMPLATE_PAGE_PATH =
  '/scaffolder/templates/:namespace/:templateName';

/** The link a "Fix with template" button has for a template and entity. */
export function expectedFixLink(
  templateName: string,
  entityRef = 'component:default/checkout',
  templatePagePrefix = '/scaffolder/templates/default',
) {
  return `${templatePagePrefix}/${templateName}?formData=${encodeURIComponent(
    JSON.stringify({ entityRef }),
  )}`;
}

/** A failed request as the client reports it: a ResponseError. */
export async function responseError(status: number, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'Error', message },
        request: { method: 'GET', url: '/api/flexinfra' },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}

/**
 * Renders an entity page element in a test app, with the entity in context,
 * the fake API, the catalog's entity pages and (unless `scaffolder: false`)
 * the scaffolder's template page.
 */
export function renderForEntity(
  element: ReactElement,
  options: { entity: Entity; api: FlexInfraApi; scaffolder?: boolean },
) {
  const mountedRoutes = {
    '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    '/flexinfra': convertLegacyRouteRef(rootRouteRef),
    ...(options.scaffolder === false
      ? {}
      : {
          [TEMPLATE_PAGE_PATH]: convertLegacyRouteRef(
            scaffolderTemplateRouteRef,
          ),
        }),
  };
  return renderInTestApp(
    <EntityProvider entity={options.entity}>{element}</EntityProvider>,
    { apis: [[flexInfraApiRef, options.api]], mountedRoutes },
  );
}
