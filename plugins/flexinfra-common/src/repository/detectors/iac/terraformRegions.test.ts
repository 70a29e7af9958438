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
});
