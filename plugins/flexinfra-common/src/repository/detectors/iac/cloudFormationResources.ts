import type { Detector } from '../../types';
import {
  cloudFormationTemplatesIn,
  wantsCloudFormation,
} from './cloudFormationTemplates';
import { oncePerFile } from '../shared/findings';
import { evidenceOf, sameRule, type ResourceRules } from './resourceRules';
import { firstBlock, literalBoolean, literalNumber } from './terraformFiles';

/**
 * What CloudFormation resource types prove, by `Type`. Properties set with
 * intrinsic functions (`!Ref MinSize`) are not known here, so they count
 * as in effect.
 */
const CLOUDFORMATION_RULES: ResourceRules = {
  'AWS::AutoScaling::AutoScalingGroup': properties => {
    const min = literalNumber(properties.MinSize);
    const max = literalNumber(properties.MaxSize);
    return {
      fact: 'autoscaling',
      kind: 'aws-autoscaling-group',
      label: 'an AWS Auto Scaling group',
      ...(min !== undefined && min === max
        ? { disabled: `MinSize equals MaxSize (${min}), so it never scales` }
        : {}),
    };
  },
  'AWS::ApplicationAutoScaling::ScalableTarget': properties => {
    const min = literalNumber(properties.MinCapacity);
    const max = literalNumber(properties.MaxCapacity);
    return {
      fact: 'autoscaling',
      kind: 'aws-application-autoscaling',
      label: 'AWS Application Auto Scaling',
      ...(min !== undefined && min === max
        ? {
            disabled: `MinCapacity equals MaxCapacity (${min}), so it never scales`,
          }
        : {}),
    };
  },
  'AWS::ApplicationAutoScaling::ScalingPolicy': () => ({
    fact: 'autoscaling',
    kind: 'aws-application-autoscaling',
    label: 'AWS Application Auto Scaling',
  }),
  ...sameRule(['AWS::Serverless::Function', 'AWS::Lambda::Function'], () => ({
    fact: 'autoscaling',
    kind: 'aws-lambda',
    label: 'an AWS Lambda function',
    demandDriven: true,
  })),
  ...sameRule(
    ['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm'],
    properties => ({
      fact: 'monitoring',
      kind: 'cloudwatch-alarm',
      label: 'a CloudWatch alarm',
      alerting: true,
      ...(literalBoolean(properties.ActionsEnabled) === false
        ? { disabled: 'ActionsEnabled is false' }
        : {}),
    }),
  ),
  'AWS::CloudWatch::Dashboard': () => ({
    fact: 'monitoring',
    kind: 'cloudwatch-dashboard',
    label: 'a CloudWatch dashboard',
  }),
  'AWS::Backup::BackupPlan': () => ({
    fact: 'backups',
    kind: 'aws-backup',
    label: 'an AWS Backup plan',
  }),
  ...sameRule(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], properties => {
    const retention = literalNumber(properties.BackupRetentionPeriod);
    const multiAz = literalBoolean(properties.MultiAZ);
    return [
      ...(retention === undefined
        ? []
        : [
            {
              fact: 'backups' as const,
              kind: 'rds-backups',
              label: 'RDS automated backups',
              ...(retention > 0
                ? {}
                : { disabled: 'BackupRetentionPeriod is 0' }),
            },
          ]),
      ...(multiAz === undefined
        ? []
        : [
            {
              fact: 'redundancy' as const,
              kind: 'multi-az',
              label: 'a Multi-AZ deployment',
              ...(multiAz ? {} : { disabled: 'MultiAZ is false' }),
            },
          ]),
    ];
  }),
  'AWS::DynamoDB::Table': properties => {
    const spec = firstBlock(properties, 'PointInTimeRecoverySpecification');
    const enabled = spec
      ? literalBoolean(spec.PointInTimeRecoveryEnabled)
      : undefined;
    return enabled === undefined
      ? undefined
      : {
          fact: 'backups',
          kind: 'dynamodb-pitr',
          label: 'DynamoDB point-in-time recovery',
          ...(enabled
            ? {}
            : { disabled: 'PointInTimeRecoveryEnabled is false' }),
        };
  },
};

/**
 * What the resources of CloudFormation and SAM templates prove about
 * autoscaling (Auto Scaling groups, Application Auto Scaling, Lambda
 * functions), monitoring (CloudWatch alarms and dashboards), backups and
 * Multi-AZ redundancy.
 */
export const cloudFormationResourcesDetector: Detector = {
  id: 'cloudformation-resources',
  wants: wantsCloudFormation,
  detect({ files }) {
    return oncePerFile(
      cloudFormationTemplatesIn(files).flatMap(template =>
        template.resources.flatMap(resource =>
          evidenceOf(
            CLOUDFORMATION_RULES,
            resource.type,
            resource.properties,
            template.path,
          ),
        ),
      ),
    );
  },
};
