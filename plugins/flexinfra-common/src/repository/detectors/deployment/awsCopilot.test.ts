import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { awsCopilotDetector } from './awsCopilot';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [awsCopilotDetector] });

describe('awsCopilotDetector', () => {
  it('counts a service, its request-driven scaling and its environments', async () => {
    const facts = await analyze({
      'copilot/api/manifest.yml': `name: api
type: Load Balanced Web Service
http:
  path: '/'
image:
  build: Dockerfile
  port: 8080
count: 1
environments:
  test:
    count: 1
  prod:
    count:
      range: 2-10
      cpu_percentage: 70
      requests: 500
`,
      'copilot/environments/staging/manifest.yml':
        'name: staging\ntype: Environment\n',
    });
    expect(facts.deployment.message).toBe(
      'an AWS Copilot service in copilot/api/manifest.yml',
    );
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['copilot'],
      paths: ['copilot/api/manifest.yml'],
      message: 'AWS Copilot autoscaling in copilot/api/manifest.yml',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
    expect(facts.environments.values).toEqual(['prod', 'staging', 'test']);
  });

  it('reports a range that cannot scale as disabled, and counts App Runner by default', async () => {
    const fixed = await analyze({
      'copilot/worker/manifest.yml': `name: worker
type: Backend Service
count:
  range: {min: 2, max: 2}
  cpu_percentage: 60
`,
    });
    expect(fixed.autoscaling.message).toBe(
      'AWS Copilot autoscaling in copilot/worker/manifest.yml, but it is disabled: count.range min equals max (2), so it never scales',
    );
    const runner = await analyze({
      'copilot/web/manifest.yml':
        'name: web\ntype: Request-Driven Web Service\nimage: {build: Dockerfile}\n',
    });
    expect(runner.autoscaling.found).toBe(true);
    expect(runner.autoscaling.message).toMatch(
      /default applies: a Request-Driven Web Service runs on App Runner/,
    );
  });

  it('does not count other files or manifests without a known type', async () => {
    const facts = await analyze({
      'copilot/.workspace': 'application: shop\n',
      'copilot/api/addons/db.yml': 'Resources: {}\n',
      'copilot/pipelines/main/manifest.yml':
        'name: main\nversion: 1\nstages: []\n',
      'deploy/api/manifest.yml': 'type: Backend Service\n',
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.environments.found).toBe(false);
  });
});
