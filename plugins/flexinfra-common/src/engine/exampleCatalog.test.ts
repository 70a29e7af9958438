import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { defaultModelDefinition } from '../model/defaultModel';
import { compileModel } from './compileModel';
import { evaluateEntities } from './evaluateEntities';
import type { EntityEvaluation, ScoredEntity } from './types';

const examplesDir = resolve(__dirname, '../../../../examples');

function loadExamples(): unknown[] {
  return ['org.yaml', 'systems.yaml', 'components.yaml', 'resources.yaml']
    .flatMap(file =>
      parseAllDocuments(readFileSync(resolve(examplesDir, file), 'utf8')),
    )
    .map(doc => doc.toJS())
    .filter(Boolean);
}

/** The stage each example component was designed for (examples/README.md). */
const DESIGNED_STAGES: Record<string, number> = {
  'legacy-reporting': 1,
  'nightly-price-sync': 1,
  'invoice-service': 2,
  'catalog-admin': 2,
  'artifact-mirror': 2,
  'marketing-site': 2,
  'search-indexer': 3,
  'feature-flags': 3,
  'merchant-onboarding': 3,
  'checkout-api': 4,
  'fraud-scoring': 4,
  'platform-ingress': 4,
  'payments-gateway': 5,
  'storefront-web': 5,
  'preview-env-controller': 5,
};

describe('the example catalog', () => {
  const model = compileModel(defaultModelDefinition);
  const results = evaluateEntities(model, loadExamples(), {
    now: new Date('2026-11-23T00:00:00Z'),
  });
  const byRef = new Map<string, EntityEvaluation>(
    results.map(r => [r.entityRef, r]),
  );

  it.each(Object.entries(DESIGNED_STAGES))(
    'component %s lands on stage %d',
    (name, stage) => {
      const result = byRef.get(`component:default/${name}`) as ScoredEntity;
      expect(result.outcome).toBe('scored');
      expect(result.stage.number).toBe(stage);
    },
  );

  it('scores higher stages higher on average', () => {
    const average = (stage: number) => {
      const scores = Object.entries(DESIGNED_STAGES)
        .filter(([, s]) => s === stage)
        .map(
          ([name]) =>
            (byRef.get(`component:default/${name}`) as ScoredEntity).score,
        );
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    for (let stage = 2; stage <= 5; stage++) {
      expect(average(stage)).toBeGreaterThan(average(stage - 1));
    }
  });

  it('does not score libraries, groups, users or APIs', () => {
    for (const ref of [
      'component:default/ledger-lib',
      'group:default/acme',
      'user:default/guest',
      'api:default/payments-api',
    ]) {
      expect(byRef.get(ref)?.outcome).toBe('not-applicable');
    }
  });

  it('resolves dependsOn among the given entities', () => {
    const checkout = byRef.get(
      'component:default/checkout-api',
    ) as ScoredEntity;
    const managed = checkout.checks.find(c => c.id === 'managed-dependencies');
    expect(managed?.status).toBe('pass');
    expect(managed?.message).toMatch(/a dependsOn entity: resource:default\//);
  });
});
