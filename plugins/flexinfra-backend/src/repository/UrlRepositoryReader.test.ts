import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { ConfigReader } from '@backstage/config';
import { NotModifiedError } from '@backstage/errors';
import {
  BUILD_WORKFLOW,
  MAIN_TF,
  TEST_DETECTORS,
} from './__testUtils__/testDetectors';
import {
  startGithubHost,
  startGitlabHost,
  type GitHost,
} from './__testUtils__/gitHosts';
import { UrlRepositoryReader } from './UrlRepositoryReader';

jest.setTimeout(30_000);

let github: GitHost;
let gitlab: GitHost;
let reader: UrlRepositoryReader;

beforeAll(async () => {
  github = await startGithubHost();
  gitlab = await startGitlabHost();
  // Backstage's own URL readers, configured as an app would configure them.
  const urlReader = UrlReaders.default({
    logger: mockServices.logger.mock(),
    config: new ConfigReader({
      integrations: {
        github: [{ host: github.host, apiBaseUrl: `${github.baseUrl}/api/v3` }],
        gitlab: [
          {
            host: gitlab.host,
            apiBaseUrl: `${gitlab.baseUrl}/api/v4`,
            baseUrl: gitlab.baseUrl,
          },
        ],
      },
    }),
  });
  reader = new UrlRepositoryReader({
    reader: urlReader,
    detectors: TEST_DETECTORS,
    limits: { maxFileBytes: 1024 },
  });
});

afterAll(async () => {
  await github.close();
  await gitlab.close();
});

beforeEach(() => {
  github.repositories.clear();
  github.downloads.clear();
  gitlab.repositories.clear();
  gitlab.downloads.clear();
});

const FILES = {
  'infra/main.tf': MAIN_TF,
  '.github/workflows/build.yml': BUILD_WORKFLOW,
  'README.md': '# Checkout\n',
  'infra/huge.tf': `# ${'x'.repeat(2000)}\n`,
  'node_modules/some-module/main.tf': MAIN_TF,
};

describe('UrlRepositoryReader', () => {
  it('reads and analyzes a GitHub repository, downloading only wanted files', async () => {
    github.repositories.set('acme/checkout', { sha: 'c0ffee1', files: FILES });

    const read = await reader.read(
      `${github.baseUrl}/acme/checkout/tree/main/`,
    );

    expect(read.etag).toBe('c0ffee1');
    expect(read.facts.analyzed).toBe(true);
    expect(read.facts.iac).toMatchObject({
      found: true,
      kinds: ['terraform'],
      paths: ['infra/main.tf'],
    });
    expect(read.facts.ci).toMatchObject({
      found: true,
      paths: ['.github/workflows/build.yml'],
    });
    // Listed: everything but node_modules; read: the two wanted small files.
    expect(read.facts.stats).toMatchObject({ filesListed: 4, filesRead: 2 });
    expect(read.facts.problems).toEqual([
      {
        path: 'infra/huge.tf',
        message: expect.stringContaining('over the limit of 1024'),
      },
    ]);
    expect(github.downloads.get('acme/checkout')).toBe(1);
  });

  it('uses the built-in detectors by default', async () => {
    github.repositories.set('acme/checkout', {
      sha: 'c0ffee1',
      files: {
        'infra/main.tf': MAIN_TF,
        'README.md': '# Checkout\n',
      },
    });
    const builtIn = new UrlRepositoryReader({
      reader: UrlReaders.default({
        logger: mockServices.logger.mock(),
        config: new ConfigReader({
          integrations: {
            github: [
              { host: github.host, apiBaseUrl: `${github.baseUrl}/api/v3` },
            ],
          },
        }),
      }),
    });

    const read = await builtIn.read(
      `${github.baseUrl}/acme/checkout/tree/main/`,
    );

    expect(read.facts.iac.found).toBe(true);
    expect(read.facts.iac.kinds).toContain('terraform');
    expect(read.facts.iac.paths).toEqual(['infra/main.tf']);
  });

  it('reads a folder of a GitHub repository', async () => {
    github.repositories.set('acme/monorepo', {
      sha: 'abc1234',
      files: {
        'services/checkout/infra/main.tf': MAIN_TF,
        'services/payments/infra/main.tf': MAIN_TF,
      },
    });

    const read = await reader.read(
      `${github.baseUrl}/acme/monorepo/blob/main/services/checkout/`,
    );

    expect(read.facts.iac.paths).toEqual(['infra/main.tf']);
    expect(read.facts.stats.filesListed).toBe(1);
  });

  it('downloads nothing when the GitHub repository has not changed', async () => {
    github.repositories.set('acme/checkout', { sha: 'c0ffee1', files: FILES });
    const url = `${github.baseUrl}/acme/checkout/tree/main/`;
    const first = await reader.read(url);

    await expect(reader.read(url, { etag: first.etag! })).rejects.toThrow(
      NotModifiedError,
    );
    expect(github.downloads.get('acme/checkout')).toBe(1);

    github.repositories.set('acme/checkout', {
      sha: 'd00d2',
      files: { 'README.md': '# no more Terraform\n' },
    });
    const changed = await reader.read(url, { etag: first.etag! });
    expect(changed.etag).toBe('d00d2');
    expect(changed.facts.iac.found).toBe(false);
    expect(github.downloads.get('acme/checkout')).toBe(2);
  });

  it('reads and analyzes a GitLab project, and not again while unchanged', async () => {
    gitlab.repositories.set('acme/payments', { sha: 'f00d5', files: FILES });
    const url = `${gitlab.baseUrl}/acme/payments/-/tree/main/`;

    const read = await reader.read(url);

    expect(read.etag).toBe('f00d5');
    expect(read.facts.iac).toMatchObject({
      found: true,
      paths: ['infra/main.tf'],
    });
    expect(read.facts.ci.found).toBe(true);
    await expect(reader.read(url, { etag: 'f00d5' })).rejects.toThrow(
      NotModifiedError,
    );
    expect(gitlab.downloads.get('acme/payments')).toBe(1);
  });

  it('throws the reader’s NotFoundError for a repository that is not there', async () => {
    await expect(
      reader.read(`${github.baseUrl}/acme/gone/tree/main/`),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(
      reader.read(`${gitlab.baseUrl}/acme/gone/-/tree/main/`),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('stops listing past maxFiles and says so', async () => {
    const files: Record<string, string> = { 'a/main.tf': MAIN_TF };
    for (let i = 0; i < 20; i++) {
      files[`z/file-${i}.txt`] = 'x';
    }
    github.repositories.set('acme/big', { sha: 'b16', files });
    const small = new UrlRepositoryReader({
      reader: UrlReaders.default({
        logger: mockServices.logger.mock(),
        config: new ConfigReader({
          integrations: {
            github: [
              { host: github.host, apiBaseUrl: `${github.baseUrl}/api/v3` },
            ],
          },
        }),
      }),
      detectors: TEST_DETECTORS,
      limits: { maxFiles: 5 },
    });

    const read = await small.read(`${github.baseUrl}/acme/big/tree/main/`);

    expect(read.facts.stats.filesListed).toBe(5);
    expect(read.facts.problems).toContainEqual({
      path: '.',
      message: expect.stringContaining('more than 5 files'),
    });
  });
});
