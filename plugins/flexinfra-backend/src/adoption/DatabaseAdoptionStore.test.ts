import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import type { TemplateRun } from './AdoptionStore';
import { DatabaseAdoptionStore } from './DatabaseAdoptionStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseAdoptionStore.create({
    database: mockServices.database({ knex }),
  });
  return { knex, store };
}

function run(fields: Partial<TemplateRun> = {}): TemplateRun {
  return {
    taskId: 'task-1',
    templateRef: 'template:default/flexinfra-adopt-iac',
    templateTitle: 'Adopt infrastructure as code',
    checkIds: ['iac-managed', 'iac-location'],
    entityRef: 'component:default/checkout-api',
    createdBy: 'user:default/alice',
    status: 'completed',
    createdAt: '2026-12-01T10:00:00.000Z',
    ...fields,
  };
}

const READ_AT = new Date('2026-12-05T00:00:00.000Z');

describe.each(databases.eachSupportedId())(
  'template runs on %p',
  databaseId => {
    it('stores runs and reads them back newest first, as given', async () => {
      const { store } = await setup(databaseId);
      const older = run();
      const newer = run({
        taskId: 'task-2',
        entityRef: undefined,
        createdBy: undefined,
        templateTitle: undefined,
        createdAt: '2026-12-03T08:30:00.000Z',
      });
      await store.upsertRuns([older, newer], READ_AT);

      await expect(
        store.listRuns({ since: new Date('2026-11-01T00:00:00Z') }),
      ).resolves.toEqual([newer, older]);
      await expect(
        store.listRuns({ since: new Date('2026-12-02T00:00:00Z') }),
      ).resolves.toEqual([newer]);
      await expect(
        store.listRuns({
          since: new Date('2026-11-01T00:00:00Z'),
          entityRef: 'component:default/checkout-api',
        }),
      ).resolves.toEqual([older]);
    });

    it('updates a stored run when it is read again, keeping what it linked', async () => {
      const { store } = await setup(databaseId);
      await store.upsertRuns([run({ status: 'processing' })], READ_AT);
      await expect(store.listUnfinishedRuns()).resolves.toEqual([
        run({ status: 'processing' }),
      ]);

      await store.upsertRuns(
        [run({ status: 'completed', checkIds: ['something-else'] })],
        READ_AT,
      );
      await expect(store.listUnfinishedRuns()).resolves.toEqual([]);
      await expect(
        store.listRuns({ since: new Date('2026-11-01T00:00:00Z') }),
      ).resolves.toEqual([run({ status: 'completed' })]);
    });

    it('keeps a finished run finished when an older read of it is stored after', async () => {
      const { store } = await setup(databaseId);
      await store.upsertRuns([run({ status: 'failed' })], READ_AT);
      await store.upsertRuns(
        [run({ status: 'processing', templateTitle: 'Adopt IaC' })],
        READ_AT,
      );
      await expect(
        store.listRuns({ since: new Date('2026-11-01T00:00:00Z') }),
      ).resolves.toEqual([
        run({ status: 'failed', templateTitle: 'Adopt IaC' }),
      ]);
      await expect(store.listUnfinishedRuns()).resolves.toEqual([]);
    });

    it('says which task ids it holds, in batches larger than a list', async () => {
      const { store } = await setup(databaseId);
      const runs = Array.from({ length: 1200 }, (_, index) =>
        run({ taskId: `task-${index}` }),
      );
      await store.upsertRuns(runs, READ_AT);
      const known = await store.knownTaskIds([
        ...runs.map(r => r.taskId),
        'task-unknown',
      ]);
      expect(known.size).toBe(1200);
      expect(known.has('task-unknown')).toBe(false);
    });

    it('prunes runs created before a time', async () => {
      const { store } = await setup(databaseId);
      await store.upsertRuns(
        [
          run({ taskId: 'old', createdAt: '2025-01-01T00:00:00.000Z' }),
          run({ taskId: 'new' }),
        ],
        READ_AT,
      );
      await expect(store.prune(new Date('2026-01-01T00:00:00Z'))).resolves.toBe(
        1,
      );
      const left = await store.listRuns({ since: new Date(0) });
      expect(left.map(r => r.taskId)).toEqual(['new']);
    });
  },
);
