import { analyzeWith, warmUpHclParser } from './__testUtils__/analyzeWith';
import { terraformRedundancyDetector } from './terraformRedundancy';

const analyze = (files: Record<string, string>) =>
  analyzeWith([terraformRedundancyDetector], files).then(r => r.facts);

describe('terraformRedundancyDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('finds Multi-AZ databases, zone lists and group minimums', async () => {
    const facts = await analyze({
      'infra/db.tf':
        'resource "aws_db_instance" "orders" {\n  multi_az = true\n}\n',
      'infra/network.tf': [
        'module "vpc" {',
        '  source = "terraform-aws-modules/vpc/aws"',
        '  azs    = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]',
        '}',
      ].join('\n'),
      'infra/web.tf': [
        'resource "aws_autoscaling_group" "web" {',
        '  min_size = 3',
        '  max_size = 9',
        '}',
      ].join('\n'),
    });
    expect(facts.redundancy).toEqual({
      found: true,
      kinds: ['multi-az', 'several-zones', 'instance-minimum'],
      paths: ['infra/db.tf', 'infra/network.tf', 'infra/web.tf'],
      message:
        'a Multi-AZ deployment in infra/db.tf; several availability zones in infra/network.tf; an Auto Scaling group of at least 3 instances in infra/web.tf',
      values: [],
    });
  });

  it('finds regional Cloud SQL instances and zone-redundant Azure settings', async () => {
    const facts = await analyze({
      'gcp.tf': [
        'resource "google_sql_database_instance" "main" {',
        '  settings {',
        '    availability_type = "REGIONAL"',
        '  }',
        '}',
      ].join('\n'),
      'azure.tf': [
        'resource "azurerm_postgresql_flexible_server" "db" {',
        '  high_availability {',
        '    mode = "ZoneRedundant"',
        '  }',
        '}',
        'resource "azurerm_container_registry" "acr" {',
        '  zone_redundancy_enabled = true',
        '}',
      ].join('\n'),
    });
    expect(facts.redundancy.kinds).toEqual([
      'zone-redundant',
      'regional-instance',
    ]);
    expect(facts.redundancy.paths).toEqual(['azure.tf', 'gcp.tf']);
  });

  it('says why single-zone settings do not count, and ignores one zone', async () => {
    const facts = await analyze({
      'db.tf': [
        'resource "aws_db_instance" "reports" {',
        '  multi_az = false',
        '}',
        'resource "google_sql_database_instance" "dev" {',
        '  settings {',
        '    availability_type = "ZONAL"',
        '  }',
        '}',
        'resource "aws_autoscaling_group" "batch" {',
        '  min_size           = 1',
        '  max_size           = 4',
        '  availability_zones = ["eu-west-1a"]',
        '}',
        'resource "aws_instance" "bastion" {',
        '  availability_zone = "eu-west-1a"',
        '}',
      ].join('\n'),
    });
    expect(facts.redundancy.found).toBe(false);
    expect(facts.redundancy.message).toBe(
      'a Multi-AZ deployment in db.tf, but it is disabled: multi_az is false (and 1 more like it)',
    );
  });
});
