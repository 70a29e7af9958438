import {
  createMockDirectory,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import yaml from 'yaml';
import {
  catalogCopies,
  SEARCH_API_FILE,
  SEARCH_API_URL,
} from '../../__testUtils__/fixtures';
import { createCatalogCheckoutAction } from './checkout';
import { parseRepositoryUrl } from './locateSource';

type ActionInput = Parameters<
  ReturnType<typeof createCatalogCheckoutAction>['handler']
>[0]['input'];

/** An entity of the example catalog: registered from a local file. */
const FROM_FILE: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'legacy-reporting',
    namespace: 'default',
    uid: '1234',
    etag: 'abc',
    annotations: {
      'backstage.io/managed-by-location':
        'file:/srv/backstage/examples/components.yaml',
      'backstage.io/managed-by-origin-location':
        'file:/srv/backstage/examples/components.yaml',
      'backstage.io/source-location':
        'url:https://github.com/acme/legacy-reporting/tree/main/',
      'flexinfra.io/provisioning': 'manual',
    },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments',
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/payments' }],
} as Entity;

describe('flexinfra:catalog:checkout', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const catalog = catalogServiceMock({
    entities: [...catalogCopies(SEARCH_API_FILE, SEARCH_API_URL), FROM_FILE],
  });
  const readUrl = jest.fn(async (url: string) => {
    if (url !== SEARCH_API_URL) {
      throw new NotFoundError(`${url} not found`);
    }
    return {
      buffer: async () => Buffer.from(SEARCH_API_FILE),
    } as Awaited<ReturnType<UrlReaderService['readUrl']>>;
  });
  const urlReader = mockServices.urlReader.mock({ readUrl });
  const action = createCatalogCheckoutAction({ catalog, urlReader });

  async function run(input: ActionInput, options: { isDryRun?: boolean } = {}) {
    const ctx = {
      ...createMockActionContext<ActionInput>({ input, workspacePath }),
      ...options,
    };
    await action.handler(ctx);
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  }

  beforeEach(() => {
    mockDir.setContent({ workspace: {} });
    readUrl.mockClear();
  });

  it('fetches the catalog file the entity was registered from, at its path in the repository, and outputs the repository', async () => {
    const getEntityByRef = jest.spyOn(catalog, 'getEntityByRef');
    const outputs = await run({ entityRef: 'component:search-api' });
    expect(outputs).toEqual({
      entityRef: 'component:default/search-api',
      entity: expect.objectContaining({
        metadata: expect.objectContaining({ name: 'search-api' }),
      }),
      catalogInfoPath: 'services/search-api/catalog-info.yaml',
      directory: 'services/search-api',
      repoUrl: 'github.com?owner=acme&repo=search',
      branch: 'main',
      repositoryUrl: 'https://github.com/acme/search',
      sourceLocation: 'https://github.com/acme/search/tree/main/',
      fromCatalog: false,
    });
    expect(readUrl).toHaveBeenCalledWith(SEARCH_API_URL);
    // The file as it is in the repository, byte for byte.
    expect(
      await fs.readFile(
        join(workspacePath, 'services/search-api/catalog-info.yaml'),
        'utf8',
      ),
    ).toBe(SEARCH_API_FILE);
    expect(getEntityByRef).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'search-api' }),
      { credentials: mockCredentials.user() },
    );
  });

  it('works the same in a dry run', async () => {
    const outputs = await run(
      { entityRef: 'component:default/search-api' },
      { isDryRun: true },
    );
    expect(outputs.catalogInfoPath).toBe(
      'services/search-api/catalog-info.yaml',
    );
    expect(outputs.fromCatalog).toBe(false);
  });

  it('refuses, in a real run, an entity registered from a local file', async () => {
    await expect(
      run({ entityRef: 'component:default/legacy-reporting' }),
    ).rejects.toThrow(
      'Cannot check out component:default/legacy-reporting: it was registered from a file location (file:/srv/backstage/examples/components.yaml), not from a repository URL. Templates that change an existing entity need it registered from a repository URL.',
    );
    expect(await fs.readdir(workspacePath)).toEqual([]);
  });

  it("in a dry run writes such an entity from the catalog's copy, without what the catalog adds, so the template can be tried out", async () => {
    const outputs = await run(
      { entityRef: 'component:default/legacy-reporting' },
      { isDryRun: true },
    );
    expect(outputs).toMatchObject({
      catalogInfoPath: 'catalog-info.yaml',
      directory: '.',
      repoUrl: 'github.com?owner=acme&repo=legacy-reporting',
      sourceLocation: 'https://github.com/acme/legacy-reporting/tree/main/',
      fromCatalog: true,
    });
    const written = yaml.parse(
      await fs.readFile(join(workspacePath, 'catalog-info.yaml'), 'utf8'),
    );
    expect(written).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'legacy-reporting',
        namespace: 'default',
        annotations: {
          'backstage.io/source-location':
            'url:https://github.com/acme/legacy-reporting/tree/main/',
          'flexinfra.io/provisioning': 'manual',
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/payments',
      },
    });
  });

  it.each([
    ['search-api', 'entityRef "search-api" is not an entity reference'],
    [
      'component:default/missing',
      'Entity component:default/missing was not found in the catalog, or you may not read it',
    ],
  ])('refuses %s', async (entityRef, message) => {
    await expect(run({ entityRef })).rejects.toThrow(message);
  });
});

describe('parseRepositoryUrl', () => {
  it.each([
    [
      'https://github.com/acme/orders/blob/main/catalog-info.yaml',
      {
        repoUrl: 'github.com?owner=acme&repo=orders',
        branch: 'main',
        treeUrl: 'https://github.com/acme/orders/tree/main/',
      },
      'catalog-info.yaml',
    ],
    [
      'https://ghe.acme.example/platform/orders/tree/develop/services/orders',
      {
        repoUrl: 'ghe.acme.example?owner=platform&repo=orders',
        branch: 'develop',
        treeUrl: 'https://ghe.acme.example/platform/orders/tree/develop/',
      },
      'services/orders',
    ],
    [
      'https://gitlab.com/acme/payments/orders/-/blob/main/deploy/catalog-info.yaml',
      {
        repoUrl: 'gitlab.com?owner=acme%2Fpayments&repo=orders',
        branch: 'main',
        treeUrl: 'https://gitlab.com/acme/payments/orders/-/tree/main/',
      },
      'deploy/catalog-info.yaml',
    ],
  ])('splits %s', (url, repository, path) => {
    expect(parseRepositoryUrl(url)).toEqual({
      repository: expect.objectContaining(repository),
      path,
    });
  });

  it.each([
    'not a url',
    'https://github.com/acme',
    'https://dev.azure.com/acme/_git/orders?path=/catalog-info.yaml',
  ])('does not understand %s', url => {
    expect(parseRepositoryUrl(url)).toBeUndefined();
  });
});
