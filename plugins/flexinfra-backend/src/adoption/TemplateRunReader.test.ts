import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import type { ScaffolderService } from '@backstage/plugin-scaffolder-node';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseAdoptionStore } from './DatabaseAdoptionStore';
import { TemplateRunReader, toTemplateRun } from './TemplateRunReader';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const ADOPT_IAC = 'template:default/flexinfra-adopt-iac';
const links = new Map([[ADOPT_IAC, ['iac-managed', 'iac-location']]]);

type Task = Awaited<ReturnType<ScaffolderService['getTask']>>;

function task(
  id: string,
  createdAt: string,
  fields: {
    template?: string;
    entityRef?: unknown;
    status?: string;
  } = {},
): Task {
  return {
    id,
    status: (fields.status ?? 'completed') as Task['status'],
    createdAt,
    spec: {
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      parameters:
        'entityRef' in fields
          ? { entityRef: fields.entityRef as string }
          : { entityRef: 'Component:default/Checkout-API' },
      steps: [],
      output: {},
      templateInfo: {
        entityRef: fields.template ?? 'template:default/Flexinfra-Adopt-IaC',
        entity: {
          metadata: { name: 'x', title: 'Adopt infrastructure as code' },
        },
      },
      user: { ref: 'user:default/alice' },
    },
  } as Task;
}

/** A scaffolder holding `tasks`, newest first, as its list answers. */
function scaffolderOf(tasks: Task[]) {
  const listed: number[] = [];
  const scaffolder = {
    async listTasks({ limit, offset }: { limit?: number; offset?: number }) {
      listed.push(offset ?? 0);
      const start = offset ?? 0;
      return {
        items: tasks.slice(start, start + (limit ?? tasks.length)),
        totalItems: tasks.length,
      };
    },
    async getTask({ taskId }: { taskId: string }) {
      const found = tasks.find(t => t.id === taskId);
      if (!found) {
        throw new NotFoundError(`no task ${taskId}`);
      }
      return found;
    },
  } as unknown as ScaffolderService;
  return { scaffolder, listed };
}

async function setup(tasks: Task[]) {
  const knex = await databases.init('SQLITE_3');
  const store = await DatabaseAdoptionStore.create({
    database: mockServices.database({ knex }),
  });
  const { scaffolder, listed } = scaffolderOf(tasks);
  const reader = new TemplateRunReader({
    scaffolder,
    auth: mockServices.auth(),
    store,
    links,
    logger: mockServices.logger.mock(),
    keepDays: 365,
    pageSize: 2,
    now: () => new Date('2026-12-10T00:00:00.000Z'),
  });
  return { store, reader, listed };
}

describe('toTemplateRun', () => {
  it('keeps a run of a linked template, refs in lower case', () => {
    expect(toTemplateRun(task('t1', '2026-12-01T00:00:00Z'), links)).toEqual({
      taskId: 't1',
      templateRef: ADOPT_IAC,
      templateTitle: 'Adopt infrastructure as code',
      checkIds: ['iac-managed', 'iac-location'],
      entityRef: 'component:default/checkout-api',
      createdBy: 'user:default/alice',
      status: 'completed',
      createdAt: '2026-12-01T00:00:00.000Z',
    });
  });

  it('leaves out other templates, and an entityRef that is not a ref', () => {
    expect(
      toTemplateRun(
        task('t1', '2026-12-01T00:00:00Z', {
          template: 'template:default/other',
        }),
        links,
      ),
    ).toBeUndefined();
    expect(
      toTemplateRun(
        task('t1', '2026-12-01T00:00:00Z', { entityRef: 42 }),
        links,
      )?.entityRef,
    ).toBeUndefined();
  });
});

describe('TemplateRunReader', () => {
  it('reads newest first and stops at the first task it stored', async () => {
    const tasks = [
      task('t5', '2026-12-05T00:00:00Z', { status: 'processing' }),
      task('t4', '2026-12-04T00:00:00Z', { template: 'template:default/x' }),
      task('t3', '2026-12-03T00:00:00Z'),
      task('t2', '2026-12-02T00:00:00Z'),
      task('t1', '2026-12-01T00:00:00Z'),
    ];
    const { store, reader, listed } = await setup(tasks);
    await store.upsertRuns(
      [toTemplateRun(tasks[3], links)!],
      new Date('2026-12-02T01:00:00Z'),
    );

    await expect(reader.run()).resolves.toBe(2);
    // t2, on the second page, was stored: the third page is read for tasks
    // created at the same time as t2, and t1, older, ends the read.
    expect(listed).toEqual([0, 2, 4]);
    const runs = await store.listRuns({ since: new Date(0) });
    expect(runs.map(r => [r.taskId, r.status])).toEqual([
      ['t5', 'processing'],
      ['t3', 'completed'],
      ['t2', 'completed'],
    ]);

    // The next read finds nothing new but brings the unfinished run up to
    // date; a run the scaffolder lost counts as cancelled.
    (tasks[0] as { status: string }).status = 'completed';
    await store.upsertRuns(
      [
        {
          ...toTemplateRun(task('gone', '2026-12-02T12:00:00Z'), links)!,
          status: 'open',
        },
      ],
      new Date('2026-12-02T13:00:00Z'),
    );
    listed.length = 0;
    await expect(reader.run()).resolves.toBe(2);
    expect(listed).toEqual([0]);
    const after = await store.listRuns({ since: new Date(0) });
    expect(after.map(r => [r.taskId, r.status])).toEqual([
      ['t5', 'completed'],
      ['t3', 'completed'],
      ['gone', 'cancelled'],
      ['t2', 'completed'],
    ]);
  });

  it('still finds a task created in the same second as one it stored, listed after it', async () => {
    // SQLite keeps the scaffolder's creation times to the second, and tasks
    // created together come in no set order.
    const tasks = [
      task('stored', '2026-12-05T09:01:23Z'),
      task('new', '2026-12-05T09:01:23Z'),
      task('older', '2026-12-04T00:00:00Z'),
    ];
    const { store, reader } = await setup(tasks);
    await store.upsertRuns(
      [toTemplateRun(tasks[0], links)!],
      new Date('2026-12-05T09:01:23Z'),
    );

    await expect(reader.run()).resolves.toBe(1);
    const runs = await store.listRuns({ since: new Date(0) });
    expect(runs.map(r => r.taskId).sort()).toEqual(['new', 'stored']);
  });

  it('reads no further back than the runs it keeps', async () => {
    const { store, reader, listed } = await setup([
      task('new', '2026-12-01T00:00:00Z'),
      task('old', '2025-01-01T00:00:00Z'),
      task('older', '2024-01-01T00:00:00Z'),
    ]);
    await reader.run();
    expect(listed).toEqual([0]);
    const runs = await store.listRuns({ since: new Date(0) });
    expect(runs.map(r => r.taskId)).toEqual(['new']);
  });
});
