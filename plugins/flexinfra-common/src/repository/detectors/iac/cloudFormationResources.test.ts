import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { cloudFormationResourcesDetector } from './cloudFormationResources';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [cloudFormationResourcesDetector],
  });
}

const SERVICE_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  MinSize:
    Type: Number
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: worker.handler
  WebGroup:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: !Ref MinSize
      MaxSize: '6'
  ErrorsAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: Errors
      Namespace: AWS/Lambda
      AlarmActions:
        - !Ref AlertsTopic
  Overview:
    Type: AWS::CloudWatch::Dashboard
    Properties:
      DashboardBody: !Sub '{"widgets": []}'
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      BackupRetentionPeriod: 7
      MultiAZ: true
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: true
`;

describe('cloudFormationResourcesDetector', () => {
  it('reads autoscaling, monitoring, backups and redundancy from resources', async () => {
    const facts = await analyze({ 'template.yaml': SERVICE_TEMPLATE });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['aws-lambda', 'aws-autoscaling-group'],
      paths: ['template.yaml'],
      message:
        'an AWS Lambda function in template.yaml; an AWS Auto Scaling group in template.yaml',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
    expect(facts.monitoring.kinds).toEqual([
      'cloudwatch-alarm',
      'cloudwatch-dashboard',
    ]);
    expect(facts.alerting).toBe(true);
    expect(facts.backups.kinds).toEqual(['rds-backups', 'dynamodb-pitr']);
    expect(facts.backups.message).toBe(
      'RDS automated backups in template.yaml; DynamoDB point-in-time recovery in template.yaml',
    );
    expect(facts.redundancy.message).toBe(
      'a Multi-AZ deployment in template.yaml',
    );
  });

  it('says why fixed-size groups, silent alarms and zero retention do not count', async () => {
    const facts = await analyze({
      'stack.json': JSON.stringify({
        AWSTemplateFormatVersion: '2010-09-09',
        Resources: {
          Web: {
            Type: 'AWS::AutoScaling::AutoScalingGroup',
            Properties: { MinSize: '2', MaxSize: 2 },
          },
          Alarm: {
            Type: 'AWS::CloudWatch::Alarm',
            Properties: { ActionsEnabled: false },
          },
          Db: {
            Type: 'AWS::RDS::DBInstance',
            Properties: { BackupRetentionPeriod: 0, MultiAZ: false },
          },
        },
      }),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe(
      'an AWS Auto Scaling group in stack.json, but it is disabled: MinSize equals MaxSize (2), so it never scales',
    );
    expect(facts.monitoring.found).toBe(false);
    expect(facts.alerting).toBe(false);
    expect(facts.monitoring.message).toBe(
      'a CloudWatch alarm in stack.json, but it is disabled: ActionsEnabled is false',
    );
    expect(facts.backups.message).toBe(
      'RDS automated backups in stack.json, but it is disabled: BackupRetentionPeriod is 0',
    );
    expect(facts.redundancy.message).toBe(
      'a Multi-AZ deployment in stack.json, but it is disabled: MultiAZ is false',
    );
  });

  it('ignores the same resource types outside a template', async () => {
    const facts = await analyze({
      'docs/example.yaml':
        'Functions:\n  Worker:\n    Type: AWS::Serverless::Function\n',
      'notes.json': JSON.stringify([
        { Type: 'AWS::AutoScaling::AutoScalingGroup' },
      ]),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe('');
  });
});
