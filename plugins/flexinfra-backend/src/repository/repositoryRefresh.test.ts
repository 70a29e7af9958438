import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import {
  mockServices,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  compileModel,
  defaultModelDefinition,
  type CheckDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { CatalogReader } from '../catalog/CatalogReader';
import { catalogFieldsFor } from '../catalog/catalogFields';
import { DatabaseRefreshRunStore } from '../database/DatabaseRefreshRunStore';
import { DatabaseResultStore } from '../database/DatabaseResultStore';
import { RefreshTask } from '../refresh/RefreshTask';
import { DatabaseRepositoryStore } from './DatabaseRepositoryStore';
import { FileRepositoryReader } from './FileRepositoryReader';
import { RepositoryFactProvider } from './RepositoryFactProvider';
import { UrlRepositoryReader } from './UrlRepositoryReader';
import { startGithubHost, type GitHost } from './__testUtils__/gitHosts';
import { MAIN_TF, TEST_DETECTORS } from './__testUtils__/testDetectors';

jest.setTimeout(120_000);

const databases = createTestDatabases();

/** A check that passes when the entity's repository has Terraform. */
const repositoryTerraform: CheckDefinition = {
  ...defaultModelDefinition.checks[0],
  id: 'test-repository-terraform',
  title: 'Terraform in the repository',
  evidence: { 'facts.repository.iac.found': true },
} as CheckDefinition;

const model = compileModel({
  ...defaultModelDefinition,
  checks: [...defaultModelDefinition.checks, repositoryTerraform],
});

let github: GitHost;

beforeAll(async () => {
  github = await startGithubHost();
});

afterAll(async () => {
  await github.close();
});

function service(name: string, repo: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: {
        'backstage.io/source-location': `url:${github.baseUrl}/acme/${repo}/tree/main/`,
      },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team-a',
    },
  };
}

const catalog = () => [
  service('checkout-api', 'checkout'),
  service('checkout-worker', 'checkout'),
  service('payments-api', 'payments'),
  service('gone-api', 'gone'),
];

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const database = mockServices.database({ knex });
  const resultStore = await DatabaseResultStore.create({ database });
  const runStore = await DatabaseRefreshRunStore.create({ database });
  const repositoryStore = await DatabaseRepositoryStore.create({ database });
  const logger = mockServices.logger.mock();
  const urlReader = UrlReaders.default({
    logger,
    config: new ConfigReader({
      integrations: {
        github: [{ host: github.host, apiBaseUrl: `${github.baseUrl}/api/v3` }],
      },
    }),
  });
  const provider = new RepositoryFactProvider({
    store: repositoryStore,
    readers: {
      url: new UrlRepositoryReader({
        reader: urlReader,
        detectors: TEST_DETECTORS,
      }),
      file: new FileRepositoryReader({ detectors: TEST_DETECTORS }),
    },
    kinds: ['Component', 'Resource'],
    concurrency: 2,
    timeBudget: { minutes: 1 },
    logger,
  });
  const task = new RefreshTask({
    reader: new CatalogReader({
      catalog: catalogServiceMock({ entities: catalog() }),
      auth: mockServices.auth(),
      kinds: ['Component', 'Resource', 'System'],
      fields: catalogFieldsFor(model.definition.checks),
      // Two entities a page: the checkout repository spans pages.
      pageSize: 2,
    }),
    model,
    resultStore,
    runStore,
    factProviders: [provider],
    retention: { historyDays: 365, snapshotDays: 730, runs: 50 },
    logger,
  });
  const statusOf = async (name: string) =>
    (await resultStore.getScorecard(`component:default/${name}`))?.checks.find(
      c => c.id === 'test-repository-terraform',
    )?.status;
  return { knex, task, resultStore, statusOf };
}

describe.each(databases.eachSupportedId())(
  'reading repositories in a refresh on %p',
  databaseId => {
    beforeEach(() => {
      github.repositories.clear();
      github.downloads.clear();
      github.repositories.set('acme/checkout', {
        sha: 'aaa111',
        files: { 'infra/main.tf': MAIN_TF, 'README.md': '# Checkout\n' },
      });
      github.repositories.set('acme/payments', {
        sha: 'bbb222',
        files: { 'README.md': '# Payments\n' },
      });
    });

    it('scores entities with their repository facts, reading each repository once', async () => {
      const { task, resultStore, statusOf, knex } = await setup(databaseId);

      const run = await task.run('schedule');

      expect(run).toMatchObject({ status: 'succeeded', entitiesScored: 4 });
      expect(await statusOf('checkout-api')).toBe('pass');
      expect(await statusOf('checkout-worker')).toBe('pass');
      expect(await statusOf('payments-api')).toBe('fail');
      expect(github.downloads.get('acme/checkout')).toBe(1);
      expect(github.downloads.get('acme/payments')).toBe(1);

      const checkout = await resultStore.getScorecard(
        'component:default/checkout-api',
      );
      expect(checkout?.repository).toEqual({
        target: `url:${github.baseUrl}/acme/checkout/tree/main/`,
        browseUrl: `${github.baseUrl}/acme/checkout/tree/main/`,
        analyzed: true,
        error: null,
        problems: [],
      });
      const gone = await resultStore.getScorecard('component:default/gone-api');
      expect(gone?.repository).toMatchObject({
        analyzed: false,
        error: expect.stringMatching(/^could not be read: NotFoundError: /),
      });
      expect(await statusOf('gone-api')).toBe('fail');

      const rows = await knex('flexinfra_repositories').orderBy('target');
      expect(rows.map(r => [r.etag, JSON.parse(r.facts).iac.found])).toEqual([
        ['aaa111', true],
        [null, false],
        ['bbb222', false],
      ]);
    });

    it('reads nothing again while repositories are unchanged, and rescores only the entities of a changed one', async () => {
      const { task, statusOf } = await setup(databaseId);
      await task.run('schedule');

      const unchanged = await task.run('schedule');
      expect(unchanged).toMatchObject({
        status: 'succeeded',
        entitiesSeen: 4,
        entitiesScored: 0,
      });
      expect(github.downloads.get('acme/checkout')).toBe(1);
      expect(github.downloads.get('acme/payments')).toBe(1);

      github.repositories.set('acme/payments', {
        sha: 'bbb333',
        files: { 'README.md': '# Payments\n', 'infra/main.tf': MAIN_TF },
      });
      const changed = await task.run('schedule');
      expect(changed).toMatchObject({ status: 'succeeded', entitiesScored: 1 });
      expect(await statusOf('payments-api')).toBe('pass');
      expect(github.downloads.get('acme/payments')).toBe(2);
      expect(github.downloads.get('acme/checkout')).toBe(1);

      // A commit that changes nothing the analyzer sees is read, but
      // rescores nobody.
      github.repositories.set('acme/checkout', {
        sha: 'aaa999',
        files: { 'infra/main.tf': MAIN_TF, 'README.md': '# Checkout\n' },
      });
      const same = await task.run('schedule');
      expect(same).toMatchObject({ status: 'succeeded', entitiesScored: 0 });
      expect(github.downloads.get('acme/checkout')).toBe(2);
    });
  },
);
