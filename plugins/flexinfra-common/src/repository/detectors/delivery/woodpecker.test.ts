import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { woodpeckerDetector } from './woodpecker';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [woodpeckerDetector] });

describe('woodpeckerDetector', () => {
  it('counts a test workflow as CI that does not deploy', async () => {
    const facts = await analyze({
      '.woodpecker/test.yaml': `when:
  - event: [push, pull_request]
steps:
  - name: test
    image: rust:1.82
    commands:
      - cargo test
`,
    });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['woodpecker'],
      paths: ['.woodpecker/test.yaml'],
      message: 'Woodpecker CI workflow in .woodpecker/test.yaml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it('sees deployment events and their environments, and deploy commands', async () => {
    const facts = await analyze({
      '.woodpecker/deploy.yml': `when:
  event: deployment
steps:
  staging:
    image: alpine/helm:3.15
    commands: [helm upgrade --install orders ./chart -f values-staging.yaml]
    when:
      environment: staging
  production:
    image: alpine/helm:3.15
    commands: [helm upgrade --install orders ./chart -f values-prod.yaml]
    when:
      environment: production
`,
      '.woodpecker.yml': `pipeline:\n  ship:\n    image: node:22\n    commands:\n      - npx wrangler deploy\n`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.ci.paths).toEqual([
      '.woodpecker.yml',
      '.woodpecker/deploy.yml',
    ]);
    expect(facts.environments.values).toEqual(['production', 'staging']);
    expect(facts.environments.message).toBe(
      'Woodpecker deployment environments in .woodpecker/deploy.yml',
    );
  });

  it('ignores files without steps and YAML in nested folders', async () => {
    const facts = await analyze({
      '.woodpecker/config/matrix.yml': `steps:\n  - name: t\n    image: alpine\n`,
      '.woodpecker/labels.yml': `labels:\n  platform: linux/amd64\n`,
    });
    expect(facts.ci.found).toBe(false);
  });
});
