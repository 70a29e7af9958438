import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { kustomizeCostLabelsDetector } from './kustomizeCostLabels';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [kustomizeCostLabelsDetector],
  });

describe('kustomizeCostLabelsDetector', () => {
  it('counts cost keys in commonLabels, commonAnnotations or labels pairs', async () => {
    const facts = await analyze({
      'k8s/base/kustomization.yaml':
        'resources: [deployment.yaml]\ncommonLabels:\n  app: orders\n  cost-center: "4711"\n',
      'k8s/overlays/prod/kustomization.yaml': `resources: [../../base]
labels:
  - pairs: {chargeback: payments-prod}
    includeSelectors: false
`,
      'k8s/overlays/dev/kustomization.yaml':
        'resources: [../../base]\ncommonAnnotations:\n  finance.example.com/billing-code: PAY-1\n',
    });
    expect(facts.costAttribution).toEqual({
      found: true,
      kinds: ['kustomize-labels'],
      paths: [
        'k8s/base/kustomization.yaml',
        'k8s/overlays/dev/kustomization.yaml',
        'k8s/overlays/prod/kustomization.yaml',
      ],
      message:
        'cost-attribution labels in a kustomization in k8s/base/kustomization.yaml and 2 more',
      values: [],
    });
  });

  it('does not count ownership labels or cost keys elsewhere in the file', async () => {
    const facts = await analyze({
      'k8s/kustomization.yaml': `commonLabels: {team: payments, owner: alice}
configMapGenerator:
  - name: settings
    literals: [cost-center=4711]
`,
      'k8s/labels.yaml': 'commonLabels: {cost-center: "4711"}\n',
    });
    expect(facts.costAttribution.found).toBe(false);
  });
});
