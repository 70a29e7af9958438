import {
  compileModel,
  defaultModelDefinition,
  describeModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type {
  CheckEntitiesPage,
  CheckStatistics,
  FlexInfraApi,
  FlexInfraModel,
  FlexInfraStatus,
  FlexInfraSummary,
  SummaryAggregate,
  SummaryGroup,
  SummaryGroupBy,
} from '../../../api';
import { testAdoption } from './adoptionFixtures';
import {
  storedCampaign,
  testCampaign,
  testCampaignProgress,
} from './campaignFixtures';

/** The default maturity model, as `GET /model` describes it. */
export const testModel: FlexInfraModel = describeModel(
  compileModel(defaultModelDefinition),
);

/** A status after a successful refresh that scored 11 entities. */
export const testStatus: FlexInfraStatus = {
  lastRun: {
    id: 3,
    startedAt: '2025-03-01T10:00:00.000Z',
    finishedAt: '2025-03-01T10:02:30.000Z',
    status: 'succeeded',
    entitiesScored: 11,
    error: null,
    trigger: 'schedule',
    entitiesSeen: 12,
    entitiesChanged: 4,
    entitiesRemoved: 0,
    modelVersion: 'abc123def456',
  },
  lastSuccessfulRun: null,
  results: { scored: 11, invalid: 1 },
  modelVersion: 'abc123def456',
};

/** An aggregate with these stage counts; averages and shares follow. */
export function aggregate(
  stages: [number, number, number, number, number],
  options: { invalid?: number; averageScore?: number | null } = {},
): SummaryAggregate {
  const entities = stages.reduce((sum, count) => sum + count, 0);
  const atTarget = stages[2] + stages[3] + stages[4];
  return {
    entities,
    invalid: options.invalid ?? 0,
    stages: {
      '1': stages[0],
      '2': stages[1],
      '3': stages[2],
      '4': stages[3],
      '5': stages[4],
    },
    averageScore: options.averageScore ?? (entities ? 50 : null),
    averageDoraScore: entities ? 2.5 : null,
    atTarget,
    atTargetShare: entities
      ? Math.round((atTarget / entities) * 1000) / 1000
      : null,
  };
}

/** A group of an owner summary. */
export function ownerGroup(
  key: string | null,
  parentKey: string | null,
  value: SummaryAggregate,
  trend: SummaryGroup['trend'] = null,
): SummaryGroup {
  return { key, parentKey, ...value, trend };
}

/**
 * The owner summary: the engineering department (payments and search
 * teams), marketing, and entities without an owner. 11 scored, 1 invalid.
 */
export const testOwnerSummary: FlexInfraSummary = {
  groupBy: 'owner',
  targetStage: 3,
  modelVersion: 'abc123def456',
  total: aggregate([1, 3, 4, 2, 1], { invalid: 1, averageScore: 54.5 }),
  groups: [
    ownerGroup(
      'group:default/engineering',
      null,
      aggregate([0, 2, 3, 2, 1], { averageScore: 61.3 }),
      { since: '2025-02-01', averageScore: 55.1, atTargetShare: 0.5 },
    ),
    ownerGroup(
      'group:default/payments',
      'group:default/engineering',
      aggregate([0, 2, 1, 0, 0], { averageScore: 38.2 }),
      { since: '2025-02-01', averageScore: 40.7, atTargetShare: 0.5 },
    ),
    ownerGroup(
      'group:default/search',
      'group:default/engineering',
      aggregate([0, 0, 2, 2, 1], { averageScore: 75.4 }),
      null,
    ),
    ownerGroup(
      'group:default/marketing',
      null,
      aggregate([1, 1, 1, 0, 0], { averageScore: 33.3 }),
      { since: '2025-02-01', averageScore: 33.3, atTargetShare: 0.2 },
    ),
  ],
};

const FACETS: Record<Exclude<SummaryGroupBy, 'owner'>, string[]> = {
  kind: ['component', 'resource'],
  type: ['service', 'website', 'database'],
  lifecycle: ['production', 'experimental'],
  system: ['system:default/checkout', 'system:default/search'],
  domain: ['domain:default/commerce'],
};

/** A summary grouped by anything but owner, one group per facet value. */
export function facetSummary(groupBy: SummaryGroupBy): FlexInfraSummary {
  if (groupBy === 'owner') {
    return testOwnerSummary;
  }
  return {
    ...testOwnerSummary,
    groupBy,
    groups: FACETS[groupBy].map(key =>
      ownerGroup(key, null, aggregate([1, 1, 1, 0, 0])),
    ),
  };
}

/** Check statistics, most failed first. */
export const testCheckStatistics: CheckStatistics[] = [
  {
    checkId: 'source-linked',
    title: 'Source is linked',
    fail: 6,
    pass: 3,
    waived: 1,
  },
  {
    checkId: 'part-of-system',
    title: 'Belongs to a system',
    fail: 2,
    pass: 8,
    waived: 0,
  },
  { checkId: 'owned', title: 'Has an owner', fail: 0, pass: 10, waived: 0 },
];

/** A page of a check's drill-down. */
export function checkEntitiesPage(
  checkId: string,
  names: string[],
  nextCursor: string | null,
): CheckEntitiesPage {
  return {
    checkId,
    status: 'fail',
    nextCursor,
    items: names.map((name, index) => ({
      entityRef: `component:default/${name}`,
      title: null,
      ownerRef: 'group:default/payments',
      stage: 2,
      score: 30 + index,
      status: 'fail',
    })),
  };
}

/** Wraps every method of an implementation in a `jest.fn`. */
function mockEach<T extends object>(implementation: T): jest.Mocked<T> {
  return Object.fromEntries(
    Object.entries(implementation).map(([name, method]) => [
      name,
      jest.fn(method),
    ]),
  ) as jest.Mocked<T>;
}

/** A fake FlexInfra API answering with the fixtures above. */
export function fakeFlexInfraApi(): jest.Mocked<FlexInfraApi> {
  return mockEach<FlexInfraApi>({
    getModel: async () => testModel,
    getStatus: async () => testStatus,
    getScorecard: async () => undefined,
    getHistory: async () => [],
    getSummary: async ({ groupBy }) => facetSummary(groupBy),
    getCheckStatistics: async () => testCheckStatistics,
    getCheckEntities: async ({ checkId }) =>
      checkEntitiesPage(checkId, ['checkout-api'], null),
    listEntities: async () => ({ items: [] }),
    getWaivers: async () => ({
      asOf: '2026-03-01',
      soonDays: 30,
      active: 0,
      expiringSoon: 0,
      byCheck: [],
      byOwner: [],
      items: [],
    }),
    listCampaigns: async () => ({ items: [testCampaign] }),
    getCampaign: async () => testCampaign,
    createCampaign: async input => storedCampaign(input),
    updateCampaign: async (id, input) => storedCampaign(input, id),
    archiveCampaign: async id => ({
      ...testCampaign,
      id,
      status: 'archived' as const,
    }),
    getCampaignProgress: async () => testCampaignProgress,
    getEntityCampaigns: async () => [],
    getAdoption: async () => testAdoption,
    getEntityAdoption: async () => [],
    getExportUrl: async () => 'http://backstage.test/api/flexinfra/export',
    refresh: async () => {},
  });
}
