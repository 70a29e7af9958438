import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { warmUpHclParser } from './__testUtils__/analyzeWith';
import { terragruntDetector } from './terragrunt';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [terragruntDetector],
  });
}

describe('terragruntDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('finds Terragrunt configurations', async () => {
    const facts = await analyze({
      'live/terragrunt.hcl': [
        'remote_state {',
        '  backend = "s3"',
        '  config = {',
        '    bucket = "acme-terraform-state"',
        '  }',
        '}',
      ].join('\n'),
      'live/prod/app/terragrunt.hcl': [
        'include "root" {',
        '  path = find_in_parent_folders()',
        '}',
        'terraform {',
        '  source = "../../../modules/app"',
        '}',
        'inputs = {',
        '  instance_count = 3',
        '}',
      ].join('\n'),
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['terragrunt'],
      paths: ['live/prod/app/terragrunt.hcl', 'live/terragrunt.hcl'],
      message: 'Terragrunt in live/prod/app/terragrunt.hcl and 1 more',
      values: [],
    });
  });

  it('ignores empty files and other HCL files', async () => {
    const source = memorySource({
      'live/terragrunt.hcl': '# to be written\n',
      'live/prod/env.hcl': 'locals {\n  environment = "prod"\n}\n',
      'packer/image.pkr.hcl': 'source "amazon-ebs" "base" {}\n',
    });
    const facts = await analyzeRepository(source, {
      detectors: [terragruntDetector],
    });
    expect(source.reads).toEqual(['live/terragrunt.hcl']);
    expect(facts.iac.found).toBe(false);
  });
});
