import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { cloudFormationDetector } from './cloudFormation';

async function analyze(files: Record<string, string>) {
  const source = memorySource(files);
  const facts = await analyzeRepository(source, {
    detectors: [cloudFormationDetector],
  });
  return { facts, reads: source.reads };
}

const BUCKET_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Assets bucket
Parameters:
  Stage:
    Type: String
Resources:
  AssetsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'acme-assets-\${Stage}'
      Tags:
        - Key: stage
          Value: !Ref Stage
Outputs:
  BucketArn:
    Value: !GetAtt AssetsBucket.Arn
`;

const SAM_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Events:
        Queue:
          Type: SQS
          Properties:
            Queue: !GetAtt Jobs.Arn
  Jobs:
    Type: AWS::SQS::Queue
`;

describe('cloudFormationDetector', () => {
  it('finds CloudFormation templates with short-form tags, and SAM templates', async () => {
    const { facts } = await analyze({
      'cfn/bucket.yaml': BUCKET_TEMPLATE,
      'template.yml': SAM_TEMPLATE,
      'cfn/queue.json': JSON.stringify({
        Resources: {
          Queue: {
            Type: 'AWS::SQS::Queue',
            Properties: { QueueName: { 'Fn::Sub': '${AWS::StackName}-q' } },
          },
        },
      }),
    });
    expect(facts.problems).toEqual([]);
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['cloudformation', 'aws-sam'],
      paths: ['cfn/bucket.yaml', 'cfn/queue.json', 'template.yml'],
      message:
        'a CloudFormation template in cfn/bucket.yaml and 1 more; an AWS SAM template in template.yml',
      values: [],
    });
  });

  it('reads the SAM transform from a list', async () => {
    const { facts } = await analyze({
      'stack.template': JSON.stringify({
        Transform: ['AWS::LanguageExtensions', 'AWS::Serverless-2016-10-31'],
        Resources: { Fn: { Type: 'AWS::Serverless::Function' } },
      }),
    });
    expect(facts.iac.kinds).toEqual(['aws-sam']);
    expect(facts.iac.paths).toEqual(['stack.template']);
  });

  it('ignores JSON and YAML that are not templates, and skips files that never are', async () => {
    const { facts, reads } = await analyze({
      'package.json': JSON.stringify({ name: 'x', Resources: {} }),
      'tsconfig.build.json': '{}',
      'config/app.json': JSON.stringify({
        Resources: { Cache: { Type: 'redis', Size: 2 } },
      }),
      'k8s/deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n',
      'docs/resources.yml': 'Resources:\n  - Type: AWS::S3::Bucket\n',
    });
    expect(reads.sort()).toEqual([
      'config/app.json',
      'docs/resources.yml',
      'k8s/deploy.yaml',
    ]);
    expect(facts.iac.found).toBe(false);
  });
});
