import { analyzeWith, warmUpHclParser } from './__testUtils__/analyzeWith';
import { terraformCostAttributionDetector } from './terraformCostAttribution';

const analyze = (files: Record<string, string>) =>
  analyzeWith([terraformCostAttributionDetector], files).then(r => r.facts);

describe('terraformCostAttributionDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('finds cost keys in provider default tags, resource tags and labels', async () => {
    const facts = await analyze({
      'infra/providers.tf': [
        'provider "aws" {',
        '  region = "eu-west-1"',
        '  default_tags {',
        '    tags = {',
        '      "acme:cost-center" = "payments"',
        '      Team               = "checkout"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'infra/gcp.tf': [
        'resource "google_storage_bucket" "exports" {',
        '  name = "acme-exports"',
        '  labels = {',
        '    billing_code = var.billing_code',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.costAttribution).toEqual({
      found: true,
      kinds: ['terraform-labels', 'terraform-tags'],
      paths: ['infra/gcp.tf', 'infra/providers.tf'],
      message:
        'a cost-attribution label (billing_code) in infra/gcp.tf; a cost-attribution tag (acme:cost-center) in infra/providers.tf',
      values: [],
    });
  });

  it('finds cost keys in locals, variable defaults, tag blocks and tfvars', async () => {
    const facts = await analyze({
      'locals.tf':
        'locals {\n  common_tags = {\n    CostCentre = "4711"\n  }\n}\n',
      'variables.tf':
        'variable "tags" {\n  default = {\n    Chargeback = "retail"\n  }\n}\n',
      'asg.tf': [
        'resource "aws_autoscaling_group" "web" {',
        '  tag {',
        '    key                 = "cost_center"',
        '    value               = "payments"',
        '    propagate_at_launch = true',
        '  }',
        '}',
      ].join('\n'),
      'prod.tfvars': 'tags = {\n  CostCenter = "4711"\n}\n',
    });
    expect(facts.costAttribution.kinds).toEqual(['terraform-tags']);
    expect(facts.costAttribution.paths).toEqual([
      'asg.tf',
      'locals.tf',
      'prod.tfvars',
      'variables.tf',
    ]);
  });

  it('does not take owners, teams, blank values or expressions for cost keys', async () => {
    const facts = await analyze({
      'main.tf': [
        'resource "aws_s3_bucket" "assets" {',
        '  tags = {',
        '    Owner      = "payments"',
        '    team       = "checkout"',
        '    project    = "shop"',
        '    CostCenter = ""',
        '  }',
        '}',
        'resource "aws_instance" "web" {',
        '  tags = merge(local.tags, { CostCenter = "4711" })',
        '}',
        '# tags = { CostCenter = "4711" }',
      ].join('\n'),
    });
    expect(facts.costAttribution.found).toBe(false);
    expect(facts.costAttribution.message).toBe('');
  });
});
