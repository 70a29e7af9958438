import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { crossplaneDetector } from './crossplane';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [crossplaneDetector],
  });
}

const COMPOSITION = `apiVersion: apiextensions.crossplane.io/v1
kind: Composition
metadata:
  name: xpostgres.aws.acme.io
spec:
  compositeTypeRef:
    apiVersion: acme.io/v1alpha1
    kind: XPostgres
---
apiVersion: apiextensions.crossplane.io/v1
kind: CompositeResourceDefinition
metadata:
  name: xpostgres.acme.io
`;

const MANAGED = `apiVersion: s3.aws.upbound.io/v1beta1
kind: Bucket
metadata:
  name: acme-assets
spec:
  forProvider:
    region: eu-west-1
`;

describe('crossplaneDetector', () => {
  it('finds compositions, definitions and managed resources', async () => {
    const facts = await analyze({
      'crossplane/composition.yaml': COMPOSITION,
      'crossplane/bucket.yml': MANAGED,
      'crossplane/list.yaml': [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: pkg.crossplane.io/v1',
        '    kind: Provider',
        '    metadata:',
        '      name: provider-aws-s3',
      ].join('\n'),
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['crossplane'],
      paths: [
        'crossplane/bucket.yml',
        'crossplane/composition.yaml',
        'crossplane/list.yaml',
      ],
      message: 'Crossplane in crossplane/bucket.yml and 2 more',
      values: [],
    });
  });

  it('ignores other API groups and look-alike domains', async () => {
    const facts = await analyze({
      'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
      'k8s/other.yaml': 'apiVersion: notcrossplane.io/v1\nkind: Thing\n',
      'k8s/claim.yaml':
        'apiVersion: acme.io/v1alpha1\nkind: PostgresClaim\nspec:\n  crossplane.io: true\n',
      'docs/api.yaml': 'apiVersion: crossplane.io\n',
    });
    expect(facts.iac.found).toBe(false);
  });
});
