import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { awsCdkDetector } from './awsCdk';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [awsCdkDetector],
  });
}

describe('awsCdkDetector', () => {
  it('finds a CDK app', async () => {
    const facts = await analyze({
      'infra/cdk.json': JSON.stringify({
        app: 'npx ts-node --prefer-ts-exts bin/infra.ts',
        context: { '@aws-cdk/core:stackRelativeExports': true },
      }),
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['aws-cdk'],
      paths: ['infra/cdk.json'],
      message: 'AWS CDK in infra/cdk.json',
      values: [],
    });
  });

  it('ignores a cdk.json without an app and look-alike files', async () => {
    const facts = await analyze({
      'cdk.json': JSON.stringify({ context: { env: 'dev' } }),
      'lib/cdk.json': JSON.stringify({ app: '' }),
      'config/cdk.context.json': JSON.stringify({ app: 'node bin/app.js' }),
      'cdktf.json': JSON.stringify({ app: 'npx ts-node main.ts' }),
    });
    expect(facts.iac.found).toBe(false);
  });
});
