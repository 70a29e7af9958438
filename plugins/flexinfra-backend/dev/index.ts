import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

// A minimal backend for developing the plugin on its own: `yarn start` in this
// package. With no database configured it uses an in-memory SQLite database.
// Once it is up, try:
//
//   curl http://localhost:7007/api/flexinfra/health
//   curl http://localhost:7007/api/flexinfra/model
//   curl http://localhost:7007/api/flexinfra/status
//   curl -X POST http://localhost:7007/api/flexinfra/refresh
//   curl http://localhost:7007/api/flexinfra/entities/component/default/sample
//
// The mock auth services below treat a request without a token as a signed-in
// mock user. To see how other callers are treated:
//
//   curl http://localhost:7007/api/flexinfra/health -H 'Authorization: Bearer mock-none-token'
//   curl http://localhost:7007/api/flexinfra/health -H 'Authorization: Bearer mock-service-token'

const backend = createBackend();

// For real authentication, install these instead:
//   backend.add(import('@backstage/plugin-auth-backend'));
//   backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());

// An in-memory catalog to score; the whole app (`yarn start` at the root)
// runs the real catalog with the example entities.
backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'sample',
          title: 'Sample Component',
        },
        spec: {
          type: 'service',
        },
      },
    ],
  }),
);

backend.add(import('../src'));

backend.start();
