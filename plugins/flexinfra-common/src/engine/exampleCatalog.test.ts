import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { diskSource } from '../__testUtils__/diskSource';
import { defaultModelDefinition } from '../model/defaultModel';
import { analyzeRepository } from '../repository';
import type { RepositoryFacts } from '../repository';
import { compileModel } from './compileModel';
import { evaluateEntities } from './evaluateEntities';
import type { EntityEvaluation, ScoredEntity } from './types';

const examplesDir = resolve(__dirname, '../../../../examples');

const reposDir = resolve(examplesDir, 'repos');
const repositories = readdirSync(reposDir, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name);

function parse(path: string): unknown[] {
  return parseAllDocuments(readFileSync(path, 'utf8'))
    .map(doc => doc.toJS())
    .filter(Boolean);
}

/**
 * The example catalog as the example portal registers it: the shared files,
 * and each example repository's catalog-info.yaml with the facts its
 * repository gives.
 */
async function loadExamples(): Promise<{
  entities: unknown[];
  facts: Map<unknown, RepositoryFacts>;
}> {
  const entities = [
    'org.yaml',
    'systems.yaml',
    'components.yaml',
    'resources.yaml',
  ].flatMap(file => parse(resolve(examplesDir, file)));
  const facts = new Map<unknown, RepositoryFacts>();
  for (const name of repositories) {
    const folder = resolve(reposDir, name);
    const repository = await analyzeRepository(diskSource(folder));
    for (const entity of parse(resolve(folder, 'catalog-info.yaml'))) {
      entities.push(entity);
      facts.set(entity, repository);
    }
  }
  return { entities, facts };
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
  const byRef = new Map<string, EntityEvaluation>();

  beforeAll(async () => {
    const { entities, facts } = await loadExamples();
    const results = evaluateEntities(model, entities, {
      now: new Date('2026-11-23T00:00:00Z'),
      factsOf: entity => {
        const repository = facts.get(entity);
        return repository ? { repository } : undefined;
      },
    });
    results.forEach(r => byRef.set(r.entityRef, r));
  });

  it('has a repository for every scored example component', () => {
    expect([...repositories].sort()).toEqual(
      Object.keys(DESIGNED_STAGES).sort(),
    );
  });

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

  it('takes its infrastructure evidence from files, not declarations', () => {
    const checkout = byRef.get(
      'component:default/checkout-api',
    ) as ScoredEntity;
    for (const id of [
      'iac-managed',
      'declarative-deploy',
      'autoscaling',
      'monitored',
      'runbook',
    ]) {
      const check = checkout.checks.find(c => c.id === id)!;
      expect([id, check.status]).toEqual([id, 'pass']);
      expect(check.evidence?.[0]).toMatchObject({
        origin: 'repository',
        paths: expect.arrayContaining([expect.any(String)]),
      });
    }
    // Where a file proves a check, the component does not declare it too
    // (what no file proves, e.g. provisioning by ticket, stays declared).
    const provenAndDeclared = repositories.flatMap(name => {
      const result = byRef.get(`component:default/${name}`) as ScoredEntity;
      return result.checks
        .filter(check => {
          const origins = (check.evidence ?? []).map(e => e.origin);
          return origins.includes('repository') && origins.includes('declared');
        })
        .map(check => `${name}: ${check.id}`);
    });
    expect(provenAndDeclared).toEqual([]);
  });
});
