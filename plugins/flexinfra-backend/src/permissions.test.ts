import { closingSqliteDatabaseServiceFactory } from '@internal/backend-test-utils';
import {
  createServiceFactory,
  coreServices,
  type BackstageCredentials,
  type BackstageUserPrincipal,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  AuthorizeResult,
  type Permission,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import { writeCatalogFile } from './__testUtils__/realBackend';
import { flexinfraPlugin } from './plugin';

/*
 * The real catalog applying a permission policy to entity reads, and
 * FlexInfra deferring to it. "outsider" may read no catalog entity and may
 * not start a refresh.
 *
 * The policy is served by a permissions service of the test's own rather
 * than the permission backend: the permission backend refuses conditional
 * requests that carry a user's own token, and the test backend's mock auth
 * cannot mint the on-behalf-of tokens a real backend sends.
 */

jest.setTimeout(90_000);

const outsider = 'user:default/outsider';

function decide(permission: Permission, credentials: BackstageCredentials) {
  const user = (credentials.principal as BackstageUserPrincipal)?.userEntityRef;
  const denied =
    user === outsider &&
    ['catalog.entity.read', 'flexinfra.refresh'].includes(permission.name);
  return {
    result: denied ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
  } as const;
}

const policyPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory(): PermissionsService {
    return {
      async authorize(requests, { credentials }) {
        return requests.map(r => decide(r.permission, credentials));
      },
      async authorizeConditional(requests, { credentials }) {
        return requests.map(r => decide(r.permission, credentials));
      },
    };
  },
});

function writeCatalog(): string {
  return writeCatalogFile(
    ['checkout-api', 'search-api'].map(name => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/team-a',
      },
    })),
  );
}

describe('permissions', () => {
  it('serve results only for entities the catalog lets the caller read, and guard refresh', async () => {
    const { server } = await startTestBackend({
      features: [
        closingSqliteDatabaseServiceFactory(),
        catalogPlugin,
        policyPermissions,
        flexinfraPlugin,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Component', 'Location'] }],
              locations: [{ type: 'file', target: writeCatalog() }],
              processingInterval: { seconds: 1 },
            },
          },
        }),
      ],
    });
    const as = (user: string) => mockCredentials.user.header(user);
    const insider = as('user:default/insider');

    // The outsider may not start a refresh.
    const denied = await request(server)
      .post('/api/flexinfra/refresh')
      .set('Authorization', as(outsider));
    expect(denied.status).toBe(403);
    expect(denied.body.error.name).toBe('NotAllowedError');

    // The insider may; refresh until the catalog has ingested both.
    const deadline = Date.now() + 60_000;
    for (;;) {
      await request(server)
        .post('/api/flexinfra/refresh')
        .set('Authorization', insider)
        .expect(202);
      const status = await request(server)
        .get('/api/flexinfra/status')
        .set('Authorization', insider);
      if (status.body.results.scored === 2) {
        break;
      }
      if (Date.now() > deadline) {
        throw new Error(`Not scored in time: ${JSON.stringify(status.body)}`);
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }

    const url = '/api/flexinfra/entities/component/default/checkout-api';
    const readable = await request(server)
      .get(url)
      .set('Authorization', insider);
    expect(readable.status).toBe(200);
    expect(readable.body.entityRef).toBe('component:default/checkout-api');

    // To the outsider the entity does not exist, with or without a result.
    const hidden = await request(server)
      .get(url)
      .set('Authorization', as(outsider));
    expect(hidden.status).toBe(404);
    const hiddenHistory = await request(server)
      .get(`${url}/history`)
      .set('Authorization', as(outsider));
    expect(hiddenHistory.status).toBe(404);

    // Drill-downs and exports list only readable entities.
    const drill = (auth: string) =>
      request(server)
        .get('/api/flexinfra/checks/owned/entities?status=pass')
        .set('Authorization', auth);
    expect((await drill(insider)).body.items).toHaveLength(2);
    expect((await drill(as(outsider))).body.items).toEqual([]);

    const csv = (auth: string) =>
      request(server)
        .get('/api/flexinfra/export?format=csv')
        .set('Authorization', auth);
    const insiderRows = (await csv(insider)).text.trim().split('\n');
    expect(insiderRows).toHaveLength(3);
    const outsiderRows = (await csv(as(outsider))).text.trim().split('\n');
    expect(outsiderRows).toHaveLength(1); // the header alone
  });
});
