import { analyzeWith, warmUpHclParser } from './__testUtils__/analyzeWith';
import { terraformRegionsDetector } from './terraformRegions';

const analyze = (files: Record<string, string>) =>
  analyzeWith([terraformRegionsDetector], files).then(r => r.facts);

describe('terraformRegionsDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('reads provider regions and Azure locations', async () => {
    const facts = await analyze({
      'infra/providers.tf': [
        'provider "aws" {',
        '  region = "eu-west-1"',
        '}',
        'provider "aws" {',
        '  alias  = "dr"',
        '  region = "eu-central-1"',
        '}',
        'provider "google" {',
        '  project = "acme"',
        '  region  = "europe-west1"',
        '}',
      ].join('\n'),
      'infra/azure.tf': [
        'resource "azurerm_resource_group" "main" {',
        '  name     = "rg-api"',
        '  location = "West Europe"',
        '}',
        'resource "azurerm_monitor_action_group" "ops" {',
        '  location = "global"',
        '}',
      ].join('\n'),
    });
    expect(facts.regions).toEqual({
      found: true,
      kinds: ['azure-location', 'terraform-provider'],
      paths: ['infra/azure.tf', 'infra/providers.tf'],
      message:
        'an Azure location in infra/azure.tf; a Terraform provider region in infra/providers.tf',
      values: ['eu-central-1', 'eu-west-1', 'europe-west1', 'westeurope'],
    });
    expect(facts.multiRegion).toBe(true);
  });

  it('reads regions from variables files, defaults and Terragrunt inputs', async () => {
    const facts = await analyze({
      'env/prod.tfvars':
        'aws_region = "us-east-1"\nreplica_regions = ["us-west-2"]\n',
      'variables.tf':
        'variable "region" {\n  type    = string\n  default = "eu-north-1"\n}\n',
      'live/prod/terragrunt.hcl':
        'inputs = {\n  region = "ap-southeast-2"\n  name = "api"\n}\n',
    });
    expect(facts.regions.kinds).toEqual(['terraform-variables']);
    expect(facts.regions.paths).toEqual([
      'env/prod.tfvars',
      'live/prod/terragrunt.hcl',
      'variables.tf',
    ]);
    expect(facts.regions.values).toEqual([
      'ap-southeast-2',
      'eu-north-1',
      'us-east-1',
      'us-west-2',
    ]);
  });

  it('skips expressions and names that are not regions', async () => {
    const facts = await analyze({
      'main.tf': [
        'provider "aws" {',
        '  region = var.region',
        '}',
        'provider "kubernetes" {',
        '  host = "https://k8s.example.com"',
        '}',
        'resource "aws_s3_bucket" "b" {',
        '  region = "eu-west-1"',
        '}',
      ].join('\n'),
      'prod.tfvars': 'name = "eu-west-1-api"\nregion = ""\n',
    });
    expect(facts.regions.found).toBe(false);
    expect(facts.regions.values).toEqual([]);
    expect(facts.multiRegion).toBe(false);
  });

  describe('override files', () => {
    it('lets an override file replace a region variable default of the same module', async () => {
      const facts = await analyze({
        'infra/base.tf': [
          'variable "region" {',
          '  type    = string',
          '  default = "us-east-1"',
          '}',
          'provider "aws" {',
          '  region = var.region',
          '}',
        ].join('\n'),
        'infra/override.tf':
          'variable "region" {\n  default = "eu-central-1"\n}\n',
      });
      expect(facts.regions).toEqual({
        found: true,
        kinds: ['terraform-variables'],
        paths: ['infra/override.tf'],
        message: 'a region in Terraform variables in infra/override.tf',
        values: ['eu-central-1'],
      });
      expect(facts.multiRegion).toBe(false);
    });

    it('leaves other modules, other variables and overrides without a default alone', async () => {
      const facts = await analyze({
        'infra/eu/base.tf': [
          'variable "region" {',
          '  default = "eu-west-1"',
          '}',
          'variable "dr_region" {',
          '  default = "eu-north-1"',
          '}',
        ].join('\n'),
        'infra/eu/override.tf':
          'variable "region" {\n  description = "Where the service runs."\n}\n',
        'infra/us/override.tf':
          'variable "region" {\n  default = "us-east-2"\n}\n',
      });
      expect(facts.regions.paths).toEqual([
        'infra/eu/base.tf',
        'infra/us/override.tf',
      ]);
      expect(facts.regions.values).toEqual([
        'eu-north-1',
        'eu-west-1',
        'us-east-2',
      ]);
      expect(facts.multiRegion).toBe(true);
    });

    it('applies override files in name order, and providers by name and alias, in JSON too', async () => {
      const facts = await analyze({
        'infra/providers.tf': [
          'provider "aws" {',
          '  region = "us-east-1"',
          '}',
          'provider "aws" {',
          '  alias  = "replica"',
          '  region = "us-west-2"',
          '}',
        ].join('\n'),
        'infra/a_override.tf': 'provider "aws" {\n  region = "ap-south-1"\n}\n',
        'infra/providers_override.tf.json': JSON.stringify({
          provider: { aws: { region: 'eu-west-3' } },
        }),
      });
      expect(facts.regions.kinds).toEqual(['terraform-provider']);
      expect(facts.regions.paths).toEqual([
        'infra/providers.tf',
        'infra/providers_override.tf.json',
      ]);
      expect(facts.regions.values).toEqual(['eu-west-3', 'us-west-2']);
    });

    it('does not treat a file merely named like an override as one', async () => {
      const facts = await analyze({
        'infra/base.tf': 'variable "region" {\n  default = "us-east-1"\n}\n',
        'infra/overrides.tf':
          'variable "region" {\n  default = "eu-central-1"\n}\n',
      });
      expect(facts.regions.values).toEqual(['eu-central-1', 'us-east-1']);
    });
  });
});
