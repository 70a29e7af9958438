import { ResponseError } from '@backstage/errors';
import {
  MATURITY_STAGES,
  DIMENSIONS,
  DORA_LEVELS,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { mockApis, registerMswTestHooks } from '@backstage/frontend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { FlexInfraClient } from './FlexInfraClient';
import type { FlexInfraStatus } from './FlexInfraApi';

const baseUrl = 'http://backstage.test/api/flexinfra';

/** The JSON body the backend's error middleware sends. */
function errorBody(name: string, message: string, statusCode: number) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/api/flexinfra/model' },
    response: { statusCode },
  };
}

describe('FlexInfraClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const requests: Request[] = [];
  beforeEach(() => {
    requests.length = 0;
    server.events.on('request:start', ({ request }) => {
      requests.push(request);
    });
  });
  afterEach(() => {
    server.events.removeAllListeners();
  });

  function createClient() {
    return new FlexInfraClient({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
      fetchApi: mockApis.fetch({ injectIdentityAuth: { token: 'user-token' } }),
    });
  }

  it('gets the model from the discovered base URL through the fetch API', async () => {
    const model = {
      stages: MATURITY_STAGES,
      dimensions: DIMENSIONS,
      doraLevels: DORA_LEVELS,
    };
    server.use(http.get(`${baseUrl}/model`, () => HttpResponse.json(model)));

    await expect(createClient().getModel()).resolves.toEqual(model);

    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe(`${baseUrl}/model`);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].headers.get('authorization')).toBe('Bearer user-token');
  });

  it('gets the status of the last refresh run', async () => {
    const status: FlexInfraStatus = {
      lastRun: {
        id: 7,
        startedAt: '2025-03-01T10:00:00.000Z',
        finishedAt: '2025-03-01T10:02:00.000Z',
        status: 'succeeded',
        entitiesScored: 42,
        error: null,
        trigger: 'manual',
        entitiesSeen: 50,
        entitiesChanged: 3,
        entitiesRemoved: 1,
        modelVersion: 'abc123def456',
      },
      lastSuccessfulRun: null,
      results: { scored: 42, invalid: 1 },
      modelVersion: 'abc123def456',
    };
    server.use(http.get(`${baseUrl}/status`, () => HttpResponse.json(status)));

    await expect(createClient().getStatus()).resolves.toEqual(status);
    expect(requests.map(r => r.url)).toEqual([`${baseUrl}/status`]);
  });

  it('passes on a status without any run', async () => {
    server.use(
      http.get(`${baseUrl}/status`, () => HttpResponse.json({ lastRun: null })),
    );

    await expect(createClient().getStatus()).resolves.toEqual({
      lastRun: null,
    });
  });

  it.each([
    [500, 'Error', 'database is down'],
    [401, 'AuthenticationError', 'Missing credentials'],
  ])(
    'throws a ResponseError when the backend answers %p',
    async (statusCode, name, message) => {
      server.use(
        http.get(`${baseUrl}/model`, () =>
          HttpResponse.json(errorBody(name, message, statusCode), {
            status: statusCode,
          }),
        ),
      );

      const error = await createClient()
        .getModel()
        .then(
          () => undefined,
          e => e,
        );

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.response.status).toBe(statusCode);
      expect(error.body.error).toMatchObject({ name, message });
      expect(error.message).toContain(String(statusCode));
      // The backend's own explanation is kept on the error, for the error panel.
      expect(error.cause).toMatchObject({ name, message });
    },
  );

  it('throws a ResponseError for a non-JSON error page too', async () => {
    server.use(
      http.get(
        `${baseUrl}/status`,
        () => new HttpResponse('Bad gateway', { status: 502 }),
      ),
    );

    await expect(createClient().getStatus()).rejects.toMatchObject({
      name: 'ResponseError',
      response: { status: 502 },
    });
  });
});
