import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { warmUpHclParser } from './__testUtils__/analyzeWith';
import { terraformDetector } from './terraform';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [terraformDetector],
  });
}

describe('terraformDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('finds Terraform and lists files that build something first', async () => {
    const facts = await analyze({
      'infra/variables.tf': 'variable "region" {\n  type = string\n}\n',
      'infra/main.tf': [
        'module "network" {',
        '  source = "./modules/network"',
        '}',
        'resource "aws_s3_bucket" "assets" {',
        '  bucket = "acme-assets"',
        '}',
      ].join('\n'),
      'infra/versions.tofu': 'terraform {\n  required_version = ">= 1.6"\n}\n',
      'infra/lookup.tf.json': JSON.stringify({
        data: { aws_caller_identity: { current: {} } },
      }),
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['terraform'],
      paths: [
        'infra/lookup.tf.json',
        'infra/main.tf',
        'infra/variables.tf',
        'infra/versions.tofu',
      ],
      message: 'Terraform in infra/lookup.tf.json and 3 more',
      values: [],
    });
  });

  it('counts a folder of only variables', async () => {
    const facts = await analyze({
      'terraform/variables.tf': 'variable "name" {\n  default = "api"\n}\n',
    });
    expect(facts.iac.found).toBe(true);
    expect(facts.iac.message).toBe('Terraform in terraform/variables.tf');
  });

  it('ignores files of only comments, other JSON and look-alike names', async () => {
    const facts = await analyze({
      'infra/main.tf': '# resource "aws_s3_bucket" "b" {}\n// nothing yet\n',
      'infra/empty.tf.json': '{}',
      'infra/settings.json': JSON.stringify({ resource: { x: { y: {} } } }),
      'docs/main.tf.md': 'resource "aws_s3_bucket" "b" {}',
    });
    expect(facts.iac.found).toBe(false);
    expect(facts.iac.message).toBe('');
    expect(facts.problems).toEqual([]);
  });
});
