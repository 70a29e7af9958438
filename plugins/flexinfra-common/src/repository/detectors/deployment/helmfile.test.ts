import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { helmfileDetector } from './helmfile';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [helmfileDetector] });

describe('helmfileDetector', () => {
  it('counts releases and names the environments', async () => {
    const facts = await analyze({
      'helmfile.yaml': `environments:
  default:
    values: [env/default.yaml]
  staging:
    values: [env/staging.yaml]
  Prod:
    values: [env/prod.yaml]
  review:
    values: [env/review.yaml]
---
releases:
  - name: orders
    namespace: orders
    chart: ./charts/orders
    values:
      - charts/orders/values.yaml
`,
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['helmfile'],
      paths: ['helmfile.yaml'],
      message: 'a helmfile in helmfile.yaml',
      values: [],
    });
    expect(facts.environments).toMatchObject({
      found: true,
      message: 'helmfile environments in helmfile.yaml',
      values: ['prod', 'staging'],
    });
    expect(facts.previewEnvironments.values).toEqual(['review']);
  });

  it('does not count a helmfile without releases, or other files with releases', async () => {
    const facts = await analyze({
      'helmfile.d/00-repos.yaml':
        'repositories:\n  - name: bitnami\n    url: https://charts.example.com\n',
      'release.yaml': 'releases:\n  - name: x\n',
      'helmfile.d/env.yaml': 'environments:\n  default: {}\n',
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.environments.found).toBe(false);
  });
});
