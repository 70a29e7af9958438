import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import {
  MATURITY_STAGES,
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import express from 'express';
import request from 'supertest';
import { RefreshRun, RefreshRunStore } from '../database/RefreshRunStore';
import { createRouter } from './router';

// Unit tests of the router alone, with a stubbed store. See plugin.test.ts for
// the plugin running in a backend with a real database.
describe('createRouter', () => {
  let app: express.Express;
  let refreshRunStore: jest.Mocked<RefreshRunStore>;

  beforeEach(async () => {
    refreshRunStore = {
      startRun: jest.fn(),
      finishRun: jest.fn(),
      getLastRun: jest.fn(),
      pruneRuns: jest.fn(),
    };
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      refreshRunStore,
      model: compileModel(defaultModelDefinition),
    });
    app = express().use(router).use(mockErrorHandler());
  });

  it.each([
    ['a user', mockCredentials.user.header()],
    ['a service', mockCredentials.service.header()],
  ])('serves %s', async (_who, authorization) => {
    const response = await request(app)
      .get('/health')
      .set('Authorization', authorization);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it.each(['/health', '/model', '/status'])(
    'rejects unauthenticated requests to %s by itself',
    async path => {
      const response = await request(app)
        .get(path)
        .set('Authorization', mockCredentials.none.header());

      expect(response.status).toBe(401);
      expect(response.body.error).toMatchObject({
        name: 'AuthenticationError',
      });
      expect(refreshRunStore.getLastRun).not.toHaveBeenCalled();
    },
  );

  it('serves the model', async () => {
    const response = await request(app).get('/model');

    expect(response.status).toBe(200);
    expect(response.body.stages).toEqual(MATURITY_STAGES);
    expect(response.body.dimensions).toHaveLength(7);
    expect(
      response.body.doraLevels.map((l: { level: number }) => l.level),
    ).toEqual([1, 2, 3, 4]);
  });

  it('serves the last run as the status', async () => {
    const lastRun: RefreshRun = {
      id: 3,
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:01:00.000Z',
      status: 'failed',
      entitiesScored: 2,
      error: 'catalog down',
    };
    refreshRunStore.getLastRun.mockResolvedValue(lastRun);

    const response = await request(app).get('/status');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ lastRun });
  });

  it('passes store errors on to the error handler', async () => {
    refreshRunStore.getLastRun.mockRejectedValue(new Error('database gone'));

    const response = await request(app).get('/status');

    expect(response.status).toBe(500);
    expect(response.body.error).toMatchObject({ message: 'database gone' });
  });
});
