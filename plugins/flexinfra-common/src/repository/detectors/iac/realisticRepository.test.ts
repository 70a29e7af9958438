import { analyzeWith, warmUpHclParser } from './__testUtils__/analyzeWith';
import { IAC_DETECTORS } from '.';

/**
 * A small serverless service as teams write them: a Lambda behind a
 * queue, a DynamoDB table, alarms, provider-wide tags, and one variables
 * file per environment next to a shared one.
 */
const REPOSITORY: Record<string, string> = {
  'README.md': '# orders-api\n\nTakes orders from the queue and stores them.\n',
  'package.json': JSON.stringify({ name: 'orders-api', version: '1.4.0' }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true } }),
  'src/handler.ts': 'export async function handler() {}\n',
  '.github/workflows/deploy.yml': [
    'name: deploy',
    'on:',
    '  push:',
    '    branches: [main]',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: terraform -chdir=infra apply -auto-approve -var-file=env/prod.tfvars',
  ].join('\n'),
  'infra/main.tf': [
    'terraform {',
    '  required_version = ">= 1.6"',
    '  backend "s3" {}',
    '  required_providers {',
    '    aws = {',
    '      source  = "hashicorp/aws"',
    '      version = "~> 5.0"',
    '    }',
    '  }',
    '}',
    '',
    'provider "aws" {',
    '  region = "eu-west-1"',
    '  default_tags {',
    '    tags = {',
    '      Service    = "orders-api"',
    '      Team       = "checkout"',
    '      CostCenter = "CC-4711"',
    '    }',
    '  }',
    '}',
  ].join('\n'),
  'infra/variables.tf': [
    'variable "environment" {',
    '  type = string',
    '}',
    '',
    'variable "memory_size" {',
    '  type    = number',
    '  default = 256',
    '}',
  ].join('\n'),
  'infra/lambda.tf': [
    'resource "aws_sqs_queue" "orders" {',
    '  name                       = "orders-${var.environment}"',
    '  visibility_timeout_seconds = 60',
    '}',
    '',
    'resource "aws_lambda_function" "orders" {',
    '  function_name = "orders-api-${var.environment}"',
    '  runtime       = "nodejs20.x"',
    '  handler       = "handler.handler"',
    '  memory_size   = var.memory_size',
    '  role          = aws_iam_role.orders.arn',
    '  filename      = "${path.module}/../dist/orders.zip"',
    '}',
    '',
    'resource "aws_lambda_event_source_mapping" "orders" {',
    '  event_source_arn = aws_sqs_queue.orders.arn',
    '  function_name    = aws_lambda_function.orders.arn',
    '  batch_size       = 10',
    '}',
  ].join('\n'),
  'infra/table.tf': [
    'resource "aws_dynamodb_table" "orders" {',
    '  name         = "orders-${var.environment}"',
    '  billing_mode = "PAY_PER_REQUEST"',
    '  hash_key     = "orderId"',
    '',
    '  attribute {',
    '    name = "orderId"',
    '    type = "S"',
    '  }',
    '',
    '  point_in_time_recovery {',
    '    enabled = var.environment == "prod"',
    '  }',
    '}',
  ].join('\n'),
  'infra/alarms.tf': [
    'resource "aws_sns_topic" "alerts" {',
    '  name = "orders-api-alerts-${var.environment}"',
    '}',
    '',
    'resource "aws_cloudwatch_metric_alarm" "errors" {',
    '  alarm_name          = "orders-api-errors-${var.environment}"',
    '  namespace           = "AWS/Lambda"',
    '  metric_name         = "Errors"',
    '  statistic           = "Sum"',
    '  period              = 300',
    '  evaluation_periods  = 1',
    '  threshold           = 5',
    '  comparison_operator = "GreaterThanOrEqualToThreshold"',
    '  alarm_actions       = [aws_sns_topic.alerts.arn]',
    '  dimensions = {',
    '    FunctionName = aws_lambda_function.orders.function_name',
    '  }',
    '}',
    '',
    'resource "aws_cloudwatch_metric_alarm" "queue_age" {',
    '  alarm_name          = "orders-queue-age-${var.environment}"',
    '  namespace           = "AWS/SQS"',
    '  metric_name         = "ApproximateAgeOfOldestMessage"',
    '  statistic           = "Maximum"',
    '  period              = 300',
    '  evaluation_periods  = 2',
    '  threshold           = 600',
    '  comparison_operator = "GreaterThanThreshold"',
    '  alarm_actions       = [aws_sns_topic.alerts.arn]',
    '}',
  ].join('\n'),
  'infra/common.tfvars': 'memory_size = 512\n',
  'infra/env/dev.tfvars': 'environment = "dev"\nregion      = "eu-west-1"\n',
  'infra/env/staging.tfvars':
    'environment = "staging"\nregion      = "eu-west-1"\n',
  'infra/env/prod.tfvars':
    'environment = "prod"\nregion      = "eu-west-1"\nmemory_size = 1024\n',
};

describe('IAC_DETECTORS on a realistic service repository', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('reads every fact infrastructure as code proves, and no more', async () => {
    const { facts } = await analyzeWith(IAC_DETECTORS, REPOSITORY);
    expect(facts.problems).toEqual([]);
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['terraform'],
      // Files that build something first, then the provider and variables.
      paths: [
        'infra/alarms.tf',
        'infra/lambda.tf',
        'infra/table.tf',
        'infra/main.tf',
        'infra/variables.tf',
      ],
      message: 'Terraform in infra/alarms.tf and 4 more',
      values: [],
    });
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['terraform-tfvars'],
      paths: [
        'infra/env/dev.tfvars',
        'infra/env/prod.tfvars',
        'infra/env/staging.tfvars',
      ],
      message:
        'Terraform variables per environment in infra/env/dev.tfvars and 2 more',
      values: ['dev', 'prod', 'staging'],
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['aws-lambda'],
      paths: ['infra/lambda.tf'],
      message: 'an AWS Lambda function in infra/lambda.tf',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['cloudwatch-alarm'],
      paths: ['infra/alarms.tf'],
      message: 'a CloudWatch alarm in infra/alarms.tf',
      values: [],
    });
    expect(facts.alerting).toBe(true);
    expect(facts.costAttribution).toEqual({
      found: true,
      kinds: ['terraform-tags'],
      paths: ['infra/main.tf'],
      message: 'a cost-attribution tag (CostCenter) in infra/main.tf',
      values: [],
    });
    expect(facts.regions).toEqual({
      found: true,
      kinds: ['terraform-variables', 'terraform-provider'],
      paths: [
        'infra/env/dev.tfvars',
        'infra/env/prod.tfvars',
        'infra/env/staging.tfvars',
        'infra/main.tf',
      ],
      message:
        'a region in Terraform variables in infra/env/dev.tfvars and 2 more; a Terraform provider region in infra/main.tf',
      values: ['eu-west-1'],
    });
    expect(facts.multiRegion).toBe(false);
    // Point-in-time recovery depends on an expression: not known, not claimed.
    expect(facts.backups).toEqual({
      found: false,
      kinds: [],
      paths: [],
      message: '',
      values: [],
    });
    expect(facts.redundancy.found).toBe(false);
    expect(facts.redundancy.message).toBe('');
    for (const other of [
      'deployment',
      'ci',
      'runbook',
      'previewEnvironments',
    ] as const) {
      expect(facts[other]).toEqual({
        found: false,
        kinds: [],
        paths: [],
        message: '',
        values: [],
      });
    }
    expect(facts.ciDeploys).toBe(false);
  });
});
