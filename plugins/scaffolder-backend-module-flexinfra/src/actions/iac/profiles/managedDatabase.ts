import {
  attr,
  attrs,
  block,
  comment,
  HclNode,
  ref,
  resource,
  tpl,
} from '../hcl/hcl';
import {
  COST_CENTER_DECLARATION,
  IAC_DECLARATIONS,
} from './common/annotations';
import {
  AlarmSpec,
  dashboardLink,
  monitoringFile,
  monitoringOutputs,
} from './common/monitoring';
import { networkVariables, sharedNetwork } from './common/network';
import { commonVariables } from './common/variables';
import { ModuleSpec, ProfileModule, Size, VariableSpec } from './types';

/** Instance class and storage (GiB, and the most storage autoscaling may grow to) by size. */
export const DATABASE_SIZES: Record<
  Size,
  { instanceClass: string; storage: number; maxStorage: number }
> = {
  small: { instanceClass: 'db.t4g.small', storage: 20, maxStorage: 100 },
  medium: { instanceClass: 'db.m7g.large', storage: 100, maxStorage: 500 },
  large: { instanceClass: 'db.r7g.xlarge', storage: 500, maxStorage: 2000 },
};

const ENGINE_VERSIONS = { postgres: '16', mysql: '8.0' };

function databaseVariables(spec: ModuleSpec): VariableSpec[] {
  const size = DATABASE_SIZES[spec.size];
  return [
    {
      name: 'engine',
      type: 'string',
      description: 'Database engine: postgres or mysql.',
      value: spec.engine,
      validations: [
        {
          condition: 'contains(["postgres", "mysql"], var.engine)',
          message: 'engine must be postgres or mysql.',
        },
      ],
    },
    {
      name: 'engine_version',
      type: 'string',
      description:
        'Major engine version; minor versions are upgraded in the maintenance window.',
      value: ENGINE_VERSIONS[spec.engine],
    },
    {
      name: 'instance_class',
      type: 'string',
      description: `Instance class (size ${spec.size}).`,
      value: size.instanceClass,
    },
    {
      name: 'allocated_storage',
      type: 'number',
      description: 'Storage to start with, in GiB.',
      value: size.storage,
    },
    {
      name: 'max_allocated_storage',
      type: 'number',
      description: 'Storage autoscaling grows the volume up to this, in GiB.',
      value: size.maxStorage,
      validations: [
        {
          condition: 'var.max_allocated_storage >= var.allocated_storage',
          message: 'max_allocated_storage must be at least allocated_storage.',
        },
      ],
    },
    ...networkVariables,
  ];
}

/**
 * The database and its network. Multi-AZ and the backup retention are
 * written as literals rather than variables: they are what the template was
 * asked for, and FlexInfra's repository analyzer reads them from the
 * resource (redundancy, backups).
 */
function databaseResources(spec: ModuleSpec): HclNode[] {
  return [
    block(
      'locals',
      [],
      [attr('port', ref('var.engine == "postgres" ? 5432 : 3306'))],
    ),
    ...sharedNetwork(),
    resource(
      'aws_db_subnet_group',
      'this',
      attrs({
        name: ref('var.name'),
        subnet_ids: ref('data.aws_subnets.private.ids'),
        tags: ref('local.tags'),
      }),
    ),
    resource(
      'aws_security_group',
      'this',
      attrs({
        name: tpl('${var.name}-db'),
        description: tpl(
          'Database ${var.name}: reachable from the shared VPC only',
        ),
        vpc_id: ref('data.aws_vpc.shared.id'),
        tags: ref('local.tags'),
      }),
    ),
    resource(
      'aws_vpc_security_group_ingress_rule',
      'from_vpc',
      attrs({
        security_group_id: ref('aws_security_group.this.id'),
        description: 'Database port, from the shared VPC',
        cidr_ipv4: ref('data.aws_vpc.shared.cidr_block'),
        ip_protocol: 'tcp',
        from_port: ref('local.port'),
        to_port: ref('local.port'),
        tags: ref('local.tags'),
      }),
    ),
    resource('aws_db_instance', 'this', [
      ...attrs({
        identifier: ref('var.name'),
        engine: ref('var.engine'),
        engine_version: ref('var.engine_version'),
        instance_class: ref('var.instance_class'),
        db_name: ref('replace(var.name, "-", "_")'),
        username: 'app_admin',
        port: ref('local.port'),
      }),
      comment('The master password is generated and kept in Secrets Manager.'),
      attr('manage_master_user_password', true),
      comment(
        'Storage autoscaling: RDS grows the volume when less than 10% is free.',
      ),
      ...attrs({
        allocated_storage: ref('var.allocated_storage'),
        max_allocated_storage: ref('var.max_allocated_storage'),
        storage_type: 'gp3',
        storage_encrypted: true,
        multi_az: spec.multiAz,
        db_subnet_group_name: ref('aws_db_subnet_group.this.name'),
        vpc_security_group_ids: ref('[aws_security_group.this.id]'),
        publicly_accessible: false,
        backup_retention_period: spec.backupRetentionDays,
        backup_window: '02:00-03:00',
        maintenance_window: 'sun:03:30-sun:04:30',
        copy_tags_to_snapshot: true,
        deletion_protection: true,
        skip_final_snapshot: false,
        final_snapshot_identifier: tpl('${var.name}-final'),
        auto_minor_version_upgrade: true,
        performance_insights_enabled: true,
        tags: ref('local.tags'),
      }),
    ]),
  ];
}

const RDS_DIMENSIONS = {
  DBInstanceIdentifier: ref('aws_db_instance.this.identifier'),
};

const DATABASE_ALARMS: AlarmSpec[] = [
  {
    id: 'cpu_high',
    suffix: 'cpu-high',
    title: 'CPU, %',
    description: 'CPU above 80% for 15 minutes: consider a larger size.',
    namespace: 'AWS/RDS',
    metric: 'CPUUtilization',
    dimensions: RDS_DIMENSIONS,
    statistic: 'Average',
    comparison: 'GreaterThanThreshold',
    threshold: 80,
    periodSeconds: 300,
    evaluationPeriods: 3,
  },
  {
    id: 'free_storage_low',
    suffix: 'free-storage-low',
    title: 'Free storage, bytes',
    description:
      'Less than 5% of the storage is free although storage autoscaling grows it at 10%: max_allocated_storage is reached or growth is too fast.',
    namespace: 'AWS/RDS',
    metric: 'FreeStorageSpace',
    dimensions: RDS_DIMENSIONS,
    statistic: 'Minimum',
    comparison: 'LessThanThreshold',
    threshold: ref('var.allocated_storage * 1073741824 * 0.05'),
    periodSeconds: 300,
    evaluationPeriods: 1,
  },
  {
    id: 'freeable_memory_low',
    suffix: 'freeable-memory-low',
    title: 'Freeable memory, bytes',
    description: 'Less than 256 MiB of memory is free: consider a larger size.',
    namespace: 'AWS/RDS',
    metric: 'FreeableMemory',
    dimensions: RDS_DIMENSIONS,
    statistic: 'Average',
    comparison: 'LessThanThreshold',
    threshold: 268435456,
    periodSeconds: 300,
    evaluationPeriods: 3,
  },
];

/**
 * A managed relational database (Amazon RDS) in the shared VPC: encrypted,
 * with storage autoscaling, automated backups with point-in-time recovery,
 * an optional multi-AZ standby, and CloudWatch alarms and a dashboard.
 */
export function managedDatabase(spec: ModuleSpec): ProfileModule {
  const size = DATABASE_SIZES[spec.size];
  return {
    summary: `The ${spec.engine} database ${spec.name} on Amazon RDS (${
      size.instanceClass
    }, ${size.storage}–${size.maxStorage} GiB with storage autoscaling${
      spec.multiAz ? ', multi-AZ' : ''
    }, backups kept ${
      spec.backupRetentionDays
    } days), with CloudWatch alarms and a dashboard.`,
    providers: ['aws'],
    kubernetes: false,
    variables: [...commonVariables(spec), ...databaseVariables(spec)],
    files: {
      'main.tf': databaseResources(spec),
      'monitoring.tf': monitoringFile(DATABASE_ALARMS),
    },
    outputs: [
      {
        name: 'endpoint',
        description: 'Host name and port of the database.',
        value: 'aws_db_instance.this.endpoint',
      },
      {
        name: 'database_name',
        description: 'Name of the database created in the instance.',
        value: 'aws_db_instance.this.db_name',
      },
      {
        name: 'master_user_secret_arn',
        description: 'Secrets Manager secret holding the master credentials.',
        value: 'aws_db_instance.this.master_user_secret[0].secret_arn',
      },
      ...monitoringOutputs(),
    ],
    notes: [
      'Instance class and storage scale vertically by changing `instance_class` and `max_allocated_storage`; storage grows by itself up to `max_allocated_storage`.',
      'Deletion protection is on and a final snapshot is taken on destroy: removing the database takes two reviewed changes.',
      'The database is reachable from the shared VPC only, found by the tag `flexinfra.io/network`.',
    ],
    annotations: {},
    listAnnotations: {},
    superseded: [
      ...IAC_DECLARATIONS,
      COST_CENTER_DECLARATION,
      'flexinfra.io/backup',
      ...(spec.multiAz ? ['flexinfra.io/redundancy'] : []),
    ],
    links: [dashboardLink(spec)],
    expires: false,
  };
}
