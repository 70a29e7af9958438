import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { unreadableRepositoryFacts } from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseRepositoryStore } from './DatabaseRepositoryStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  let time = new Date('2026-06-01T10:00:00Z');
  const store = await DatabaseRepositoryStore.create({
    database: mockServices.database({ knex }),
    now: () => time,
  });
  return {
    knex,
    store,
    setTime: (iso: string) => {
      time = new Date(iso);
    },
  };
}

const facts = (() => {
  const base = unreadableRepositoryFacts('unused');
  return {
    ...base,
    analyzed: true,
    error: undefined,
    stats: { filesListed: 3, filesRead: 1, bytesRead: 42 },
    iac: {
      found: true,
      kinds: ['terraform'],
      paths: ['infra/main.tf'],
      message: 'Terraform in infra/main.tf',
      values: [],
    },
  };
})();

describe.each(databases.eachSupportedId())(
  'DatabaseRepositoryStore on %p',
  databaseId => {
    it('stores facts and reads them back by target', async () => {
      const { store } = await setup(databaseId);
      await store.putRepository({
        target: 'url:https://github.com/acme/checkout/tree/main/',
        etag: 'c0ffee',
        facts,
        error: null,
        analyzedAt: new Date('2026-06-01T09:59:00Z'),
      });

      const found = await store.getRepositories([
        'url:https://github.com/acme/checkout/tree/main/',
        'url:https://github.com/acme/unknown/tree/main/',
      ]);

      expect([...found.keys()]).toEqual([
        'url:https://github.com/acme/checkout/tree/main/',
      ]);
      const stored = found.get(
        'url:https://github.com/acme/checkout/tree/main/',
      )!;
      expect(stored.etag).toBe('c0ffee');
      expect(stored.error).toBeNull();
      expect(stored.facts.iac).toEqual(facts.iac);
      expect(stored.facts.stats).toEqual(facts.stats);
      expect(stored.analyzedAt.toISOString()).toBe('2026-06-01T09:59:00.000Z');
    });

    it('replaces what was stored for a target', async () => {
      const { store } = await setup(databaseId);
      const target = 'url:https://gitlab.example/acme/payments/-/tree/main/';
      await store.putRepository({
        target,
        etag: 'one',
        facts,
        error: null,
        analyzedAt: new Date('2026-06-01T09:00:00Z'),
      });
      await store.putRepository({
        target,
        etag: null,
        facts: unreadableRepositoryFacts('could not be read: NotFoundError'),
        error: 'could not be read: NotFoundError',
        analyzedAt: new Date('2026-06-01T10:00:00Z'),
      });

      const stored = (await store.getRepositories([target])).get(target)!;
      expect(stored).toMatchObject({
        etag: null,
        error: 'could not be read: NotFoundError',
      });
      expect(stored.facts.analyzed).toBe(false);
      expect(stored.facts.iac.found).toBe(false);
    });

    it('deletes repositories no refresh used since a time, keeping checked ones', async () => {
      const { store, setTime } = await setup(databaseId);
      const put = (target: string) =>
        store.putRepository({
          target,
          etag: 'x',
          facts,
          error: null,
          analyzedAt: new Date('2026-06-01T10:00:00Z'),
        });
      await put('file:/srv/catalog/old');
      await put('file:/srv/catalog/used');
      setTime('2026-07-01T10:00:00Z');
      await store.markChecked(['file:/srv/catalog/used']);

      const deleted = await store.deleteUncheckedSince(
        new Date('2026-06-15T00:00:00Z'),
      );

      expect(deleted).toBe(1);
      const left = await store.getRepositories([
        'file:/srv/catalog/old',
        'file:/srv/catalog/used',
      ]);
      expect([...left.keys()]).toEqual(['file:/srv/catalog/used']);
    });

    it('looks up more targets than one statement binds', async () => {
      const { store } = await setup(databaseId);
      await store.putRepository({
        target: 'file:/srv/repo-1499',
        etag: null,
        facts,
        error: null,
        analyzedAt: new Date('2026-06-01T10:00:00Z'),
      });
      const targets = Array.from(
        { length: 1500 },
        (_, i) => `file:/srv/repo-${i}`,
      );
      const found = await store.getRepositories(targets);
      expect([...found.keys()]).toEqual(['file:/srv/repo-1499']);
    });
  },
);
