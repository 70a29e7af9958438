import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { pulumiStacksDetector } from './pulumiStacks';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [pulumiStacksDetector],
  });
}

describe('pulumiStacksDetector', () => {
  it('takes the stacks beside a project as environments', async () => {
    const facts = await analyze({
      'infra/Pulumi.yaml': 'name: api\nruntime: nodejs\n',
      'infra/Pulumi.dev.yaml': 'config:\n  aws:region: eu-west-1\n',
      'infra/Pulumi.Prod-EU.yaml': 'config:\n  aws:region: eu-west-1\n',
      'Pulumi.yml': 'name: root\nruntime: go\n',
      'Pulumi.staging.yml': 'config: {}\n',
    });
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['pulumi-stacks'],
      paths: [
        'Pulumi.staging.yml',
        'infra/Pulumi.Prod-EU.yaml',
        'infra/Pulumi.dev.yaml',
      ],
      message: 'Pulumi stacks in Pulumi.staging.yml and 2 more',
      values: ['dev', 'prod-eu', 'staging'],
    });
  });

  it('ignores stack-like files without a project beside them', async () => {
    const facts = await analyze({
      'infra/Pulumi.yaml': 'name: api\nruntime: nodejs\n',
      'other/Pulumi.dev.yaml': 'config: {}\n',
      'infra/Pulumi.yaml.bak': '',
      'infra/Pulumi..yaml': '',
    });
    expect(facts.environments.found).toBe(false);
  });
});
