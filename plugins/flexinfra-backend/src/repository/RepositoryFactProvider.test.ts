import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { NotFoundError, NotModifiedError } from '@backstage/errors';
import {
  analyzeRepository,
  type RepositoryFacts,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileRepositoryReader } from './FileRepositoryReader';
import { MemoryRepositoryStore } from './__testUtils__/memoryRepositoryStore';
import { MAIN_TF, TEST_DETECTORS } from './__testUtils__/testDetectors';
import { RepositoryFactProvider } from './RepositoryFactProvider';
import type { RepositoryRead } from './UrlRepositoryReader';

/** Facts of a repository holding these files, as the analyzer finds them. */
async function factsOf(
  files: Record<string, string>,
): Promise<RepositoryFacts> {
  return analyzeRepository(
    {
      files: Object.entries(files).map(([path, text]) => ({
        path,
        size: text.length,
      })),
      read: async path => files[path],
    },
    { detectors: TEST_DETECTORS },
  );
}

function component(
  name: string,
  annotations: Record<string, string>,
  kind = 'Component',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, annotations },
    spec: {},
  };
}

const inRepo = (name: string, repo: string, kind?: string) =>
  component(
    name,
    {
      'backstage.io/source-location': `url:https://github.com/acme/${repo}/tree/main/`,
    },
    kind,
  );

const urlOf = (repo: string) => `https://github.com/acme/${repo}/tree/main/`;

/** A URL reader whose repositories the test sets, recording each read. */
function fakeUrlReader() {
  const repos = new Map<
    string,
    (options: {
      etag?: string;
      signal?: AbortSignal;
    }) => Promise<RepositoryRead>
  >();
  const calls: Array<{ url: string; etag?: string }> = [];
  return {
    repos,
    calls,
    serve(repo: string, etag: string, facts: RepositoryFacts) {
      repos.set(urlOf(repo), async options => {
        if (options.etag === etag) {
          throw new NotModifiedError();
        }
        return { etag, facts };
      });
    },
    async read(url: string, options: { etag?: string; signal?: AbortSignal }) {
      calls.push({ url, etag: options.etag });
      const read = repos.get(url);
      if (!read) {
        throw new NotFoundError(`Request failed for ${url}, 404 Not Found`);
      }
      return read(options);
    },
  };
}

function setup(
  options: {
    concurrency?: number;
    timeBudgetMs?: number;
    now?: () => number;
    kinds?: string[];
  } = {},
) {
  const url = fakeUrlReader();
  const store = new MemoryRepositoryStore(options.now);
  const logger = mockServices.logger.mock();
  const provider = new RepositoryFactProvider({
    store,
    readers: {
      url,
      file: new FileRepositoryReader({ detectors: TEST_DETECTORS }),
    },
    kinds: options.kinds ?? ['Component', 'Resource'],
    concurrency: options.concurrency ?? 4,
    timeBudget: { milliseconds: options.timeBudgetMs ?? 60_000 },
    logger,
    now: options.now,
  });
  return { url, store, provider, logger };
}

describe('RepositoryFactProvider', () => {
  it('reads each repository once per run, for every entity in it, across pages', async () => {
    const { url, provider } = setup();
    url.serve('checkout', 'sha-1', await factsOf({ 'infra/main.tf': MAIN_TF }));
    url.serve('docs', 'sha-2', await factsOf({ 'README.md': '# Docs\n' }));
    await provider.startRun({});

    const page1 = await provider.getFacts([
      inRepo('checkout-api', 'checkout'),
      inRepo('checkout-db', 'checkout', 'Resource'),
      inRepo('docs-site', 'docs'),
      component('no-repository', {}),
    ]);
    const page2 = await provider.getFacts([
      inRepo('checkout-worker', 'checkout'),
    ]);

    expect(url.calls.map(c => c.url).sort()).toEqual([
      urlOf('checkout'),
      urlOf('docs'),
    ]);
    expect([...page1.keys()].sort()).toEqual([
      'component:default/checkout-api',
      'component:default/docs-site',
      'resource:default/checkout-db',
    ]);
    const api = page1.get('component:default/checkout-api') as any;
    expect(api.iac.found).toBe(true);
    expect(api.target).toBe(`url:${urlOf('checkout')}`);
    expect(api.browseUrl).toBe(urlOf('checkout'));
    expect((page1.get('component:default/docs-site') as any).iac.found).toBe(
      false,
    );
    expect(page2.get('component:default/checkout-worker')).toEqual(api);
  });

  it('reads only the kinds it is configured for', async () => {
    const { url, provider } = setup({ kinds: ['Component'] });
    url.serve('checkout', 'sha-1', await factsOf({ 'infra/main.tf': MAIN_TF }));
    await provider.startRun({});

    const facts = await provider.getFacts([
      inRepo('checkout-db', 'checkout', 'Resource'),
      inRepo('shop', 'checkout', 'System'),
    ]);

    expect(facts.size).toBe(0);
    expect(url.calls).toEqual([]);
  });

  it('does not download an unchanged repository again, and reads a new commit', async () => {
    const { url, provider, store } = setup();
    const before = await factsOf({ 'infra/main.tf': MAIN_TF });
    url.serve('checkout', 'sha-1', before);
    await provider.startRun({});
    const first = await provider.getFacts([inRepo('checkout-api', 'checkout')]);
    provider.finishRun();

    await provider.startRun({});
    const second = await provider.getFacts([
      inRepo('checkout-api', 'checkout'),
    ]);
    provider.finishRun();

    expect(url.calls[1]).toEqual({ url: urlOf('checkout'), etag: 'sha-1' });
    expect(second).toEqual(first);
    expect(store.checked).toEqual([`url:${urlOf('checkout')}`]);

    url.serve('checkout', 'sha-2', await factsOf({ 'README.md': 'gone\n' }));
    await provider.startRun({});
    const third = await provider.getFacts([inRepo('checkout-api', 'checkout')]);

    expect(url.calls[2]).toEqual({ url: urlOf('checkout'), etag: 'sha-1' });
    expect((third.get('component:default/checkout-api') as any).iac.found).toBe(
      false,
    );
    expect(store.rows.get(`url:${urlOf('checkout')}`)?.etag).toBe('sha-2');
  });

  it('records a repository that cannot be read, and goes on with the others', async () => {
    const { url, provider, store, logger } = setup();
    url.serve('checkout', 'sha-1', await factsOf({ 'infra/main.tf': MAIN_TF }));
    await provider.startRun({});

    const facts = await provider.getFacts([
      inRepo('gone-api', 'gone'),
      inRepo('checkout-api', 'checkout'),
    ]);

    const gone = facts.get('component:default/gone-api') as any;
    expect(gone).toMatchObject({
      analyzed: false,
      error: `could not be read: NotFoundError: Request failed for ${urlOf(
        'gone',
      )}, 404 Not Found`,
      target: `url:${urlOf('gone')}`,
    });
    expect(gone.iac.found).toBe(false);
    expect((facts.get('component:default/checkout-api') as any).iac.found).toBe(
      true,
    );
    expect(store.rows.get(`url:${urlOf('gone')}`)).toMatchObject({
      etag: null,
      error: gone.error,
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('could not be read: NotFoundError'),
    );
  });

  it('reads at most `concurrency` repositories at a time', async () => {
    const { url, provider } = setup({ concurrency: 2 });
    const facts = await factsOf({});
    const load = { running: 0, most: 0 };
    const slowRead = (etag: string) => async () => {
      load.running += 1;
      load.most = Math.max(load.most, load.running);
      await new Promise(resolve => setImmediate(resolve));
      load.running -= 1;
      return { etag, facts };
    };
    for (const repo of ['a', 'b', 'c', 'd', 'e']) {
      url.repos.set(urlOf(repo), slowRead(repo));
    }
    await provider.startRun({});

    const found = await provider.getFacts(
      ['a', 'b', 'c', 'd', 'e'].map(repo => inRepo(`${repo}-api`, repo)),
    );

    expect(found.size).toBe(5);
    expect(url.calls).toHaveLength(5);
    expect(load.most).toBeLessThanOrEqual(2);
  });

  it('stops reading when the time budget is used up: stored facts stay, unread ones say so', async () => {
    let clock = 1_000_000;
    const { url, provider, store } = setup({
      concurrency: 1,
      timeBudgetMs: 1000,
      now: () => clock,
    });
    const terraform = await factsOf({ 'infra/main.tf': MAIN_TF });
    // Read in an earlier run.
    await store.putRepository({
      target: `url:${urlOf('known')}`,
      etag: 'old',
      facts: terraform,
      error: null,
      analyzedAt: new Date(clock),
    });
    url.repos.set(urlOf('slow'), async () => {
      clock += 5000; // this read uses up the budget
      return { etag: 's', facts: await factsOf({}) };
    });
    url.serve('known', 'new', await factsOf({}));
    url.serve('never', 'n', await factsOf({}));
    await provider.startRun({});

    const facts = await provider.getFacts([
      inRepo('slow-api', 'slow'),
      inRepo('known-api', 'known'),
      inRepo('never-api', 'never'),
    ]);

    expect(url.calls.map(c => c.url)).toEqual([urlOf('slow')]);
    expect((facts.get('component:default/known-api') as any).iac.found).toBe(
      true,
    );
    expect(facts.get('component:default/never-api')).toMatchObject({
      analyzed: false,
      error: expect.stringMatching(/^not read yet: /),
    });
    expect(store.rows.has(`url:${urlOf('never')}`)).toBe(false);

    // The next run has a budget of its own and reads on.
    await provider.startRun({});
    const next = await provider.getFacts([inRepo('never-api', 'never')]);
    expect(next.get('component:default/never-api')).toMatchObject({
      analyzed: true,
    });
  });

  it('gives up a read that outlasts the time budget', async () => {
    const { url, provider } = setup({ timeBudgetMs: 20 });
    url.repos.set(
      urlOf('hanging'),
      options =>
        new Promise((_, reject) => {
          options.signal?.addEventListener('abort', () =>
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
          );
        }),
    );
    await provider.startRun({});

    const facts = await provider.getFacts([inRepo('hanging-api', 'hanging')]);

    expect(facts.get('component:default/hanging-api')).toMatchObject({
      analyzed: false,
      error: expect.stringMatching(/^not read yet: /),
    });
  });

  it('fails the page when the run is cancelled', async () => {
    const { url, provider } = setup();
    url.serve('checkout', 'sha-1', await factsOf({}));
    const controller = new AbortController();
    await provider.startRun({ signal: controller.signal });
    controller.abort();

    await expect(
      provider.getFacts([inRepo('checkout-api', 'checkout')]),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('forgets repositories no run used for 30 days', async () => {
    let clock = Date.parse('2026-06-01T00:00:00Z');
    const { provider, store } = setup({ now: () => clock });
    await store.putRepository({
      target: 'url:https://github.com/acme/old/tree/main/',
      etag: 'x',
      facts: await factsOf({}),
      error: null,
      analyzedAt: new Date(clock),
    });
    clock += 31 * 24 * 3600 * 1000;

    await provider.startRun({});

    expect(store.rows.size).toBe(0);
  });

  describe('from a folder on disk', () => {
    let base: string;
    beforeEach(async () => {
      base = await mkdtemp(join(tmpdir(), 'flexinfra-file-'));
    });
    afterEach(async () => {
      await rm(base, { recursive: true, force: true });
    });

    it('reads the folder of a file: location, and nothing outside it', async () => {
      const folder = join(base, 'checkout');
      await mkdir(join(folder, 'infra'), { recursive: true });
      await writeFile(join(folder, 'catalog-info.yaml'), 'kind: Component\n');
      await writeFile(join(folder, 'infra', 'main.tf'), MAIN_TF);
      await writeFile(join(base, 'elsewhere.tf'), MAIN_TF);
      const { provider, url } = setup();
      await provider.startRun({});

      const facts = await provider.getFacts([
        component('checkout-api', {
          'backstage.io/managed-by-location': `file:${join(
            folder,
            'catalog-info.yaml',
          )}`,
        }),
      ]);

      expect(facts.get('component:default/checkout-api')).toMatchObject({
        analyzed: true,
        target: `file:${folder}`,
        browseUrl: null,
        iac: { found: true, paths: ['infra/main.tf'] },
      });
      expect(url.calls).toEqual([]);
    });

    it('records a folder that is not there', async () => {
      const { provider } = setup();
      await provider.startRun({});
      const facts = await provider.getFacts([
        component('ghost', {
          'backstage.io/managed-by-location': `file:${join(
            base,
            'missing',
            'catalog-info.yaml',
          )}`,
        }),
      ]);
      expect(facts.get('component:default/ghost')).toMatchObject({
        analyzed: false,
        error: expect.stringMatching(/^could not be read: .*ENOENT/),
      });
    });
  });
});
