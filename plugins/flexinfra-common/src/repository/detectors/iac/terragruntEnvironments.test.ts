import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { terragruntEnvironmentsDetector } from './terragruntEnvironments';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [terragruntEnvironmentsDetector],
  });
}

describe('terragruntEnvironmentsDetector', () => {
  it('finds one folder per environment', async () => {
    const facts = await analyze({
      'live/terragrunt.hcl': '',
      'live/prod/eu-west-1/app/terragrunt.hcl': '',
      'live/prod/eu-west-1/db/terragrunt.hcl': '',
      'live/staging/eu-west-1/app/terragrunt.hcl': '',
      'live/dev/app/terragrunt.hcl': '',
    });
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['terragrunt-folders'],
      paths: [
        'live/dev/app/terragrunt.hcl',
        'live/prod/eu-west-1/app/terragrunt.hcl',
        'live/staging/eu-west-1/app/terragrunt.hcl',
      ],
      message:
        'Terragrunt folders per environment in live/dev/app/terragrunt.hcl and 2 more',
      values: ['dev', 'prod', 'staging'],
    });
  });

  it('takes any child of an environments folder', async () => {
    const facts = await analyze({
      'environments/acme-eu/app/terragrunt.hcl': '',
      'environments/_global/terragrunt.hcl': '',
    });
    expect(facts.environments.values).toEqual(['acme-eu']);
  });

  it('finds nothing in folders that are not environments', async () => {
    const facts = await analyze({
      'live/terragrunt.hcl': '',
      'live/eu-west-1/network/terragrunt.hcl': '',
      'live/prod/app/main.tf': '',
      'prod/terragrunt.hcl.bak': '',
    });
    expect(facts.environments.found).toBe(false);
  });
});
