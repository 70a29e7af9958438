import { analyzeWith } from './__testUtils__/analyzeWith';
import { cloudFormationCostAttributionDetector } from './cloudFormationCostAttribution';

const analyze = (files: Record<string, string>) =>
  analyzeWith([cloudFormationCostAttributionDetector], files).then(
    r => r.facts,
  );

describe('cloudFormationCostAttributionDetector', () => {
  it('finds cost keys in resource tags and SAM globals', async () => {
    const facts = await analyze({
      'cfn/bucket.yaml': [
        "AWSTemplateFormatVersion: '2010-09-09'",
        'Parameters:',
        '  CostCenter:',
        '    Type: String',
        'Resources:',
        '  Assets:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      Tags:',
        '        - Key: team',
        '          Value: checkout',
        '        - Key: cost-center',
        '          Value: !Ref CostCenter',
      ].join('\n'),
      'template.yaml': [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Function:',
        '    Tags:',
        '      BillingCode: shop-42',
        'Resources:',
        '  Fn:',
        '    Type: AWS::Serverless::Function',
      ].join('\n'),
    });
    expect(facts.costAttribution).toEqual({
      found: true,
      kinds: ['cloudformation-tags'],
      paths: ['cfn/bucket.yaml', 'template.yaml'],
      message:
        'a cost-attribution tag (cost-center) in cfn/bucket.yaml and 1 more',
      values: [],
    });
  });

  it('ignores owner tags, blank values and tags outside templates', async () => {
    const facts = await analyze({
      'stack.json': JSON.stringify({
        Resources: {
          Queue: {
            Type: 'AWS::SQS::Queue',
            Properties: {
              Tags: [
                { Key: 'Owner', Value: 'payments' },
                { Key: 'CostCenter', Value: ' ' },
              ],
            },
          },
        },
      }),
      'tags.yaml': 'Tags:\n  - Key: CostCenter\n    Value: "4711"\n',
    });
    expect(facts.costAttribution.found).toBe(false);
    expect(facts.costAttribution.message).toBe('');
  });
});
