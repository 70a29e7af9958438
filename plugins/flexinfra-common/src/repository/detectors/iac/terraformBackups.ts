import type { Evidence } from './resourceRules';
import { sameRule } from './resourceRules';
import { terraformResourceDetector } from './terraformResourceDetector';
import {
  firstBlock,
  isBody,
  literalBoolean,
  literalNumber,
  literalString,
  type Body,
} from './terraformFiles';

/** Backups switched on or off by a literal boolean; undefined when unsaid. */
function switchEvidence(
  enabled: unknown,
  kind: string,
  label: string,
  argument: string,
): Evidence | undefined {
  const on = literalBoolean(enabled);
  if (on === undefined) {
    return undefined;
  }
  return {
    fact: 'backups',
    kind,
    label,
    ...(on ? {} : { disabled: `${argument} is false` }),
  };
}

/** RDS keeps automated backups for `backup_retention_period` days; 0 is none. */
function rdsBackups(body: Body): Evidence | undefined {
  const days = literalNumber(body.backup_retention_period);
  if (days === undefined) {
    return undefined;
  }
  return {
    fact: 'backups',
    kind: 'rds-backups',
    label: 'RDS automated backups',
    ...(days > 0 ? {} : { disabled: 'backup_retention_period is 0' }),
  };
}

/** S3 versioning, in its own resource (AWS provider 4+) or inline (older). */
function s3Versioning(status: string | undefined): Evidence | undefined {
  if (status === undefined) {
    return undefined;
  }
  return {
    fact: 'backups',
    kind: 's3-versioning',
    label: 'S3 versioning',
    ...(status === 'Enabled' ? {} : { disabled: `versioning is ${status}` }),
  };
}

const AZURE_BACKUP: Evidence = {
  fact: 'backups',
  kind: 'azure-backup',
  label: 'an Azure Backup policy',
};

/** S3 versioning as the s3-bucket module takes it: `versioning = { enabled = true }`. */
function moduleVersioning(body: Body): Evidence | undefined {
  const versioning = body.versioning;
  if (!isBody(versioning)) {
    return undefined;
  }
  const enabled =
    literalBoolean(versioning.enabled) ?? literalBoolean(versioning.status);
  const status = literalString(versioning.status);
  if (enabled !== undefined) {
    return s3Versioning(enabled ? 'Enabled' : 'not enabled');
  }
  return s3Versioning(status);
}

/**
 * Backups in Terraform: AWS Backup plans, RDS retention, DynamoDB
 * point-in-time recovery, Cloud SQL backups, Azure Backup policies and S3
 * versioning, as resources or through the well-known modules that wrap
 * them. Only what the file says counts: a retention of 0 or a
 * switch set to false is seen and does not count; an argument left out
 * says nothing.
 */
export const terraformBackupsDetector = terraformResourceDetector(
  'terraform-backups',
  {
    aws_backup_plan: () => ({
      fact: 'backups',
      kind: 'aws-backup',
      label: 'an AWS Backup plan',
    }),
    ...sameRule(['aws_db_instance', 'aws_rds_cluster'], rdsBackups),
    aws_dynamodb_table: body =>
      switchEvidence(
        firstBlock(body, 'point_in_time_recovery')?.enabled,
        'dynamodb-pitr',
        'DynamoDB point-in-time recovery',
        'point_in_time_recovery.enabled',
      ),
    google_sql_database_instance: body => {
      const settings = firstBlock(body, 'settings');
      const backup = settings
        ? firstBlock(settings, 'backup_configuration')
        : undefined;
      return switchEvidence(
        backup?.enabled,
        'cloud-sql-backups',
        'Cloud SQL backups',
        'backup_configuration.enabled',
      );
    },
    ...sameRule(
      [
        'azurerm_backup_policy_vm',
        'azurerm_backup_policy_vm_workload',
        'azurerm_backup_policy_file_share',
        'azurerm_data_protection_backup_policy_disk',
        'azurerm_data_protection_backup_policy_blob_storage',
        'azurerm_data_protection_backup_policy_postgresql',
        'azurerm_data_protection_backup_policy_postgresql_flexible_server',
      ],
      () => AZURE_BACKUP,
    ),
    aws_s3_bucket_versioning: body =>
      s3Versioning(
        literalString(firstBlock(body, 'versioning_configuration')?.status),
      ),
    aws_s3_bucket: body => {
      const enabled = literalBoolean(firstBlock(body, 'versioning')?.enabled);
      return enabled === undefined
        ? undefined
        : s3Versioning(enabled ? 'Enabled' : 'not enabled');
    },
  },
  {
    ...sameRule(
      ['terraform-aws-modules/rds/aws', 'terraform-aws-modules/rds-aurora/aws'],
      rdsBackups,
    ),
    'terraform-aws-modules/dynamodb-table/aws': body =>
      switchEvidence(
        body.point_in_time_recovery_enabled,
        'dynamodb-pitr',
        'DynamoDB point-in-time recovery',
        'point_in_time_recovery_enabled',
      ),
    'terraform-aws-modules/s3-bucket/aws': moduleVersioning,
  },
);
