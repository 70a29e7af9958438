import { analyzeWith } from './__testUtils__/analyzeWith';
import { cdktfDetector } from './cdktf';

const analyze = (files: Record<string, string>) =>
  analyzeWith([cdktfDetector], files).then(r => r.facts);

describe('cdktfDetector', () => {
  it('finds a CDK for Terraform project', async () => {
    const facts = await analyze({
      'infra/cdktf.json': JSON.stringify({
        language: 'typescript',
        app: 'npx ts-node main.ts',
        terraformProviders: ['aws@~> 5.0'],
      }),
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['cdktf'],
      paths: ['infra/cdktf.json'],
      message: 'CDK for Terraform in infra/cdktf.json',
      values: [],
    });
  });

  it('ignores settings without an app or language, and AWS CDK settings', async () => {
    const facts = await analyze({
      'a/cdktf.json': JSON.stringify({ language: 'python' }),
      'b/cdktf.json': JSON.stringify({ app: 'python main.py' }),
      'cdk.json': JSON.stringify({ app: 'npx ts-node bin/app.ts' }),
    });
    expect(facts.iac.found).toBe(false);
  });
});
