import {
  compileModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { expectResponseMatchesSpec } from './__testUtils__/openApiResponses';
import { createScorecardEnricher } from './toEntityScorecard';

const model = compileModel(defaultModelDefinition);
const enrich = createScorecardEnricher(model);

const stored = {
  entityRef: 'component:default/checkout',
  outcome: 'scored' as const,
  stage: { number: 2, name: 'Stage 2' },
  nextStage: null,
  score: 40,
  doraScore: 2,
  dimensions: [],
  checks: [],
  error: null,
  modelVersion: model.version,
  computedAt: '2026-06-01T10:00:00.000Z',
  changedAt: '2026-06-01T10:00:00.000Z',
};

const template = '/entities/{kind}/{namespace}/{name}';

describe('createScorecardEnricher: repository', () => {
  it("serves the entity's repository as stored", () => {
    const repository = {
      target: 'url:https://github.com/acme/checkout/tree/main/',
      browseUrl: 'https://github.com/acme/checkout/tree/main/',
      analyzed: true,
      error: null,
      problems: [{ path: 'deploy/values.yaml', message: 'does not parse' }],
    };

    const served = enrich({ ...stored, repository });

    expect(served.repository).toEqual(repository);
    expectResponseMatchesSpec({ status: 200, body: served }, 'get', template);
  });

  it('serves a repository that could not be read, with why', () => {
    const served = enrich({
      ...stored,
      repository: {
        target: 'url:https://gitlab.example.com/acme/gone/',
        browseUrl: 'https://gitlab.example.com/acme/gone/',
        analyzed: false,
        error: 'could not be read: NotFoundError: 404 Not Found',
        problems: [],
      },
    });

    expect(served.repository?.error).toBe(
      'could not be read: NotFoundError: 404 Not Found',
    );
    expectResponseMatchesSpec({ status: 200, body: served }, 'get', template);
  });

  it('serves null for a result stored before repositories were read', () => {
    // `stored` has no repository field, as such rows do not.
    const served = enrich(stored as unknown as Parameters<typeof enrich>[0]);

    expect(served.repository).toBeNull();
    expectResponseMatchesSpec({ status: 200, body: served }, 'get', template);
  });

  it('rejects a repository that does not match the documented shape', () => {
    const served = enrich({
      ...stored,
      repository: { target: 'url:x', analyzed: 'yes' } as any,
    });
    expect(() =>
      expectResponseMatchesSpec({ status: 200, body: served }, 'get', template),
    ).toThrow('does not match openapi.yaml');
  });
});
