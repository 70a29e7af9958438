import fc from 'fast-check';
import { compileModel } from '../engine/compileModel';
import { evaluateEntity } from '../engine/evaluateEntity';
import { defaultModelDefinition } from '../model/defaultModel';
import { memorySource } from './__testUtils__/memorySource';
import { warmUpHclParser } from './__testUtils__/warmUpHclParser';
import { analyzeRepository } from './analyzeRepository';
import { REPOSITORY_FACT_NAMES } from './buildRepositoryFacts';
import type { RepositoryFacts } from './types';

/*
 * Property tests over the built-in detectors: repository content is
 * untrusted, so the analyzer never throws and always yields well-formed
 * facts; and evidence is monotone: adding a file never lowers a score.
 */

const NUM_RUNS = 60;
const model = compileModel(defaultModelDefinition);
const NOW = new Date('2026-06-01T12:00:00Z');

/** Paths the built-in detectors read, so random content reaches them. */
const PATHS = [
  'main.tf',
  'infra/variables.tf',
  'env/prod.tfvars',
  'terragrunt.hcl',
  'Pulumi.yaml',
  'Pulumi.prod.yaml',
  'cdk.json',
  'template.yaml',
  'azuredeploy.json',
  'main.bicep',
  'playbook.yml',
  'chart/Chart.yaml',
  'chart/values.yaml',
  'chart/values-prod.yaml',
  'deploy/deployment.yaml',
  'k8s/hpa.yaml',
  'kustomization.yaml',
  'overlays/prod/kustomization.yaml',
  'argocd/app.yaml',
  'nais.yaml',
  'app.yaml',
  'fly.toml',
  'serverless.yml',
  '.github/workflows/ci.yml',
  '.gitlab-ci.yml',
  'Jenkinsfile',
  '.circleci/config.yml',
  'azure-pipelines.yml',
  'cloudbuild.yaml',
  'bitbucket-pipelines.yml',
  'monitoring/alerts.yaml',
  'dashboards/service.json',
  'docs/runbook.md',
  'docker-compose.yml',
  '.devcontainer/devcontainer.json',
];

/** Snippets shaped like the files above, to mix with random text. */
const SNIPPETS = [
  'resource "aws_autoscaling_group" "web" {\n  min_size = 2\n  max_size = 6\n}\n',
  'provider "aws" {\n  region = "eu-west-1"\n}\n',
  'region = "us-east-1"\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  minReplicas: 2\n  maxReplicas: 8\n',
  'autoscaling:\n  enabled: false\nreplicaCount: 1\n',
  'apiVersion: v2\nname: web\nversion: 1.0.0\n',
  'on: [push]\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: helm upgrade --install web ./chart\n',
  'groups:\n  - name: web\n    rules:\n      - alert: HighErrorRate\n        expr: up == 0\n',
  'a: &a [*a]\n',
  'x: &x\n  y: *x\n',
  `${'['.repeat(500)}${']'.repeat(500)}`,
  `${'a:\n'.repeat(3)}${'  '.repeat(200)}b: 1\n`,
  '{"panels": [], "title": "web", "schemaVersion": 39}',
  'app = "web"\nprimary_region = "ams"\n[http_service]\nmin_machines_running = 1\n',
  'service: web\nprovider:\n  name: aws\n  region: eu-west-1\nfunctions:\n  api:\n    handler: index.handler\n',
  '---\n---\n---\n',
  'kind: [unclosed',
  'resource "x" {',
  '\u0000\u0001\u0002binary',
];

const content = fc.oneof(
  fc.constantFrom(...SNIPPETS),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }),
  fc
    .array(fc.constantFrom(...SNIPPETS), { minLength: 1, maxLength: 3 })
    .map(parts => parts.join('\n---\n')),
);

const tree = fc.dictionary(
  fc.oneof(
    fc.constantFrom(...PATHS),
    fc
      .tuple(
        fc.constantFrom('', 'svc/', 'node_modules/x/', 'a/b/c/'),
        fc.constantFrom(...PATHS),
      )
      .map(([dir, path]) => `${dir}${path}`),
  ),
  content,
  { maxKeys: 12 },
);

function expectWellFormed(facts: RepositoryFacts) {
  expect(facts.analyzed).toBe(true);
  for (const name of REPOSITORY_FACT_NAMES) {
    const fact = facts[name];
    expect(typeof fact.found).toBe('boolean');
    expect(fact.found).toBe(fact.kinds.length > 0);
    expect(typeof fact.message).toBe('string');
    if (fact.found) {
      expect(fact.paths.length).toBeGreaterThan(0);
      expect(fact.message).not.toBe('');
    }
  }
  for (const problem of facts.problems) {
    expect(problem.path).not.toBe('');
    expect(problem.message).not.toBe('');
  }
}

const SERVICE = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'web' },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
};

function scoreWith(facts: RepositoryFacts): number {
  const evaluation = evaluateEntity(model, SERVICE, {
    now: NOW,
    facts: { repository: facts },
  });
  if (evaluation.outcome !== 'scored') {
    throw new Error(`not scored: ${JSON.stringify(evaluation)}`);
  }
  return evaluation.score;
}

// Property runs analyze hundreds of trees; a busy machine needs the time.
jest.setTimeout(180_000);

describe('the repository analyzer, on any tree', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('never throws and always gives well-formed facts', async () => {
    expect.hasAssertions();
    await fc.assert(
      fc.asyncProperty(tree, async files => {
        const facts = await analyzeRepository(memorySource(files));
        expectWellFormed(facts);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('reports a file it could not parse by its path, and goes on', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async files => {
        const broken = { ...files, 'zz/broken/main.tf': 'resource "x" {' };
        const facts = await analyzeRepository(memorySource(broken));
        expect(facts.problems.map(p => p.path)).toContain('zz/broken/main.tf');
        expectWellFormed(facts);
      }),
      { numRuns: 20 },
    );
  });

  it('survives huge, deep and binary files within its limits', async () => {
    const facts = await analyzeRepository(
      memorySource({
        'chart/values.yaml': `${'- '.repeat(10_000)}x\n`,
        'big.tf': `# ${'x'.repeat(2_000_000)}\n`,
        'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
        Jenkinsfile: new Uint8Array([0, 1, 2, 3, 255]),
      }),
    );
    expectWellFormed(facts);
    expect(facts.problems.map(p => p.path).sort()).toEqual(
      expect.arrayContaining(['big.tf', 'chart/values.yaml']),
    );
  });

  it('never lowers a score when a file is added', async () => {
    await fc.assert(
      fc.asyncProperty(
        tree,
        fc.constantFrom(...PATHS),
        content,
        async (files, path, added) => {
          fc.pre(!(path in files));
          const before = await analyzeRepository(memorySource(files));
          const after = await analyzeRepository(
            memorySource({ ...files, [path]: added }),
          );
          expect(scoreWith(after)).toBeGreaterThanOrEqual(scoreWith(before));
          const lost = REPOSITORY_FACT_NAMES.filter(
            name => before[name].found && !after[name].found,
          );
          expect(lost).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
