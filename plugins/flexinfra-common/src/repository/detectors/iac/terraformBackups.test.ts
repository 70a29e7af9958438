import { analyzeWith, warmUpHclParser } from './__testUtils__/analyzeWith';
import { terraformBackupsDetector } from './terraformBackups';

const analyze = (files: Record<string, string>) =>
  analyzeWith([terraformBackupsDetector], files).then(r => r.facts);

describe('terraformBackupsDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('finds database retention, point-in-time recovery and backup plans', async () => {
    const facts = await analyze({
      'infra/db.tf': [
        'resource "aws_db_instance" "orders" {',
        '  engine                  = "postgres"',
        '  backup_retention_period = 14',
        '}',
        'resource "aws_dynamodb_table" "sessions" {',
        '  name = "sessions"',
        '  point_in_time_recovery {',
        '    enabled = true',
        '  }',
        '}',
      ].join('\n'),
      'infra/backup.tf': [
        'resource "aws_backup_plan" "daily" {',
        '  name = "daily"',
        '  rule {',
        '    rule_name         = "daily"',
        '    target_vault_name = aws_backup_vault.main.name',
        '    schedule          = "cron(0 3 * * ? *)"',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.backups).toEqual({
      found: true,
      kinds: ['aws-backup', 'rds-backups', 'dynamodb-pitr'],
      paths: ['infra/backup.tf', 'infra/db.tf'],
      message:
        'an AWS Backup plan in infra/backup.tf; RDS automated backups in infra/db.tf; DynamoDB point-in-time recovery in infra/db.tf',
      values: [],
    });
  });

  it('finds Cloud SQL backups, Azure policies and S3 versioning', async () => {
    const facts = await analyze({
      'gcp.tf': [
        'resource "google_sql_database_instance" "main" {',
        '  settings {',
        '    tier = "db-custom-2-7680"',
        '    backup_configuration {',
        '      enabled                        = true',
        '      point_in_time_recovery_enabled = true',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'azure.tf':
        'resource "azurerm_backup_policy_vm" "daily" {\n  name = "daily"\n}\n',
      's3.tf': [
        'resource "aws_s3_bucket_versioning" "assets" {',
        '  bucket = aws_s3_bucket.assets.id',
        '  versioning_configuration {',
        '    status = "Enabled"',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.backups.kinds).toEqual([
      'azure-backup',
      'cloud-sql-backups',
      's3-versioning',
    ]);
    expect(facts.backups.found).toBe(true);
  });

  it('says a retention of 0 and switched-off backups do not count', async () => {
    const facts = await analyze({
      'db.tf': [
        'resource "aws_rds_cluster" "reports" {',
        '  backup_retention_period = 0',
        '}',
        'resource "aws_s3_bucket_versioning" "logs" {',
        '  versioning_configuration {',
        '    status = "Suspended"',
        '  }',
        '}',
        'resource "aws_dynamodb_table" "cache" {',
        '  point_in_time_recovery {',
        '    enabled = false',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.backups.found).toBe(false);
    // hcl2json sorts resource types: DynamoDB comes first.
    expect(facts.backups.message).toBe(
      'DynamoDB point-in-time recovery in db.tf, but it is disabled: point_in_time_recovery.enabled is false (and 2 more like it)',
    );
  });

  it('says nothing of databases whose retention is left out or computed', async () => {
    const facts = await analyze({
      'db.tf': [
        'resource "aws_db_instance" "a" {',
        '  engine = "mysql"',
        '}',
        'resource "aws_db_instance" "b" {',
        '  backup_retention_period = var.retention_days',
        '}',
        'resource "aws_s3_bucket" "assets" {',
        '  bucket = "acme-assets"',
        '}',
      ].join('\n'),
    });
    expect(facts.backups.found).toBe(false);
    expect(facts.backups.message).toBe('');
  });

  it('reads the well-known modules that wrap databases, tables and buckets', async () => {
    const facts = await analyze({
      'modules.tf': [
        'module "db" {',
        '  source                  = "terraform-aws-modules/rds/aws"',
        '  backup_retention_period = 7',
        '}',
        'module "table" {',
        '  source                         = "terraform-aws-modules/dynamodb-table/aws"',
        '  point_in_time_recovery_enabled = true',
        '}',
        'module "bucket" {',
        '  source = "terraform-aws-modules/s3-bucket/aws"',
        '  versioning = {',
        '    enabled = true',
        '  }',
        '}',
      ].join('\n'),
      'local.tf': [
        'module "local_db" {',
        '  source                  = "./modules/rds"',
        '  backup_retention_period = 7',
        '}',
      ].join('\n'),
    });
    // hcl2json sorts modules by name: bucket, db, table.
    expect(facts.backups.kinds).toEqual([
      's3-versioning',
      'rds-backups',
      'dynamodb-pitr',
    ]);
    expect(facts.backups.paths).toEqual(['modules.tf']);
  });
});
