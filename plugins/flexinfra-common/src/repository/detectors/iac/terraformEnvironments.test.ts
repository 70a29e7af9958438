import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { terraformEnvironmentsDetector } from './terraformEnvironments';

async function analyze(files: Record<string, string>) {
  const source = memorySource(files);
  const facts = await analyzeRepository(source, {
    detectors: [terraformEnvironmentsDetector],
  });
  return { facts, reads: source.reads };
}

describe('terraformEnvironmentsDetector', () => {
  it('finds one variables file per environment, from the listing', async () => {
    const { facts, reads } = await analyze({
      'infra/dev.tfvars': 'instance_count = 1\n',
      'infra/prod.auto.tfvars': 'instance_count = 3\n',
      'infra/env/Staging.tfvars': 'instance_count = 2\n',
      'infra/env/acme-eu.tfvars.json': '{"instance_count": 2}',
      'infra/environments/qa/terraform.tfvars': 'instance_count = 1\n',
    });
    expect(reads).toEqual([]);
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['terraform-tfvars'],
      paths: [
        'infra/dev.tfvars',
        'infra/env/Staging.tfvars',
        'infra/env/acme-eu.tfvars.json',
        'infra/environments/qa/terraform.tfvars',
        'infra/prod.auto.tfvars',
      ],
      message:
        'Terraform variables per environment in infra/dev.tfvars and 4 more',
      values: ['acme-eu', 'dev', 'prod', 'qa', 'staging'],
    });
  });

  it('finds one configuration folder per environment, once per folder', async () => {
    const { facts } = await analyze({
      'terraform/envs/prod/main.tf': '',
      'terraform/envs/prod/variables.tf': '',
      'terraform/envs/sandbox-1/main.tf': '',
      'terraform/modules/app/main.tf': '',
    });
    expect(facts.environments.kinds).toEqual(['terraform-folders']);
    expect(facts.environments.paths).toEqual([
      'terraform/envs/prod/main.tf',
      'terraform/envs/sandbox-1/main.tf',
    ]);
    expect(facts.environments.message).toBe(
      'Terraform folders per environment in terraform/envs/prod/main.tf and 1 more',
    );
    expect(facts.environments.values).toEqual(['prod', 'sandbox-1']);
  });

  it('does not take shared variables, modules or test fixtures for environments', async () => {
    const { facts } = await analyze({
      'infra/common.tfvars': 'owner = "payments"\n',
      'infra/terraform.tfvars': 'region = "eu-west-1"\n',
      'infra/env/common.tfvars': 'owner = "payments"\n',
      'infra/product.tfvars': 'name = "shop"\n',
      'modules/test/main.tf': '',
      'test/fixtures/dev/main.tf': '',
      'infra/main.tf': '',
      'docs/prod.tfvars.md': '',
    });
    expect(facts.environments.found).toBe(false);
    expect(facts.environments.values).toEqual([]);
  });
});
