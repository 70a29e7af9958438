import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { FlexInfraFactProvider } from '@flexinfra/backstage-plugin-flexinfra-node';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { CatalogReader } from '../catalog/CatalogReader';
import { catalogFieldsFor } from '../catalog/catalogFields';
import { DatabaseRefreshRunStore } from '../database/DatabaseRefreshRunStore';
import { DatabaseResultStore } from '../database/DatabaseResultStore';
import { RefreshTask } from './RefreshTask';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const model = compileModel(defaultModelDefinition);

const entities: Entity[] = ['a', 'b', 'c'].map(name => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:default/x' },
}));

async function taskWith(provider: FlexInfraFactProvider) {
  const knex = await databases.init('SQLITE_3');
  const database = mockServices.database({ knex });
  const logger = mockServices.logger.mock();
  const task = new RefreshTask({
    reader: new CatalogReader({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      kinds: ['Component'],
      fields: catalogFieldsFor(model.definition.checks),
      pageSize: 2,
    }),
    model,
    resultStore: await DatabaseResultStore.create({ database }),
    runStore: await DatabaseRefreshRunStore.create({ database }),
    factProviders: [provider],
    retention: { historyDays: 365, snapshotDays: 730, runs: 50 },
    logger,
  });
  return { task, logger };
}

describe('RefreshTask and fact providers’ run hooks', () => {
  it('starts each run before the first page and finishes it after the last', async () => {
    const calls: string[] = [];
    const { task } = await taskWith({
      id: 'recorder',
      startRun: () => {
        calls.push('start');
      },
      getFacts: async page => {
        calls.push(`page of ${page.length}`);
        return new Map();
      },
      finishRun: () => {
        calls.push('finish');
      },
    });

    await task.run('schedule');
    await task.run('manual');

    expect(calls).toEqual([
      'start',
      'page of 2',
      'page of 1',
      'finish',
      'start',
      'page of 2',
      'page of 1',
      'finish',
    ]);
  });

  it('fails the run, naming the provider, when it cannot start; and still finishes it', async () => {
    const finishRun = jest.fn();
    const { task } = await taskWith({
      id: 'flaky',
      startRun: async () => {
        throw new Error('no connection');
      },
      getFacts: async () => new Map(),
      finishRun,
    });

    const run = await task.run('schedule');

    expect(run).toMatchObject({
      status: 'failed',
      error: "fact provider 'flaky' failed to start the run: no connection",
    });
    expect(finishRun).toHaveBeenCalledTimes(1);
  });

  it('logs a provider that fails to finish, keeping the run', async () => {
    const { task, logger } = await taskWith({
      id: 'sloppy',
      getFacts: async () => new Map(),
      finishRun: () => {
        throw new Error('cache already gone');
      },
    });

    const run = await task.run('schedule');

    expect(run.status).toBe('succeeded');
    expect(logger.warn).toHaveBeenCalledWith(
      "FlexInfra fact provider 'sloppy' failed to finish the run: cache already gone",
    );
  });
});
