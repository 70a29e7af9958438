import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { pulumiDetector } from './pulumi';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [pulumiDetector],
  });
}

describe('pulumiDetector', () => {
  it('finds Pulumi projects', async () => {
    const facts = await analyze({
      'infra/Pulumi.yaml':
        'name: payments-infra\nruntime:\n  name: nodejs\n  options:\n    typescript: true\ndescription: Payments infrastructure\n',
      'tools/Pulumi.yml': 'name: tools\nruntime: python\n',
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['pulumi'],
      paths: ['infra/Pulumi.yaml', 'tools/Pulumi.yml'],
      message: 'Pulumi in infra/Pulumi.yaml and 1 more',
      values: [],
    });
  });

  it('ignores stack files, files without a runtime and other names', async () => {
    const facts = await analyze({
      'infra/Pulumi.yaml': 'name: payments-infra\ndescription: not yet\n',
      'infra/Pulumi.dev.yaml': 'config:\n  aws:region: eu-west-1\n',
      'infra/pulumi.yaml': 'name: lower-case\nruntime: go\n',
    });
    expect(facts.iac.found).toBe(false);
  });
});
