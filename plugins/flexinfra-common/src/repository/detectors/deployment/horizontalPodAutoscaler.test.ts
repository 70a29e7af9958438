import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { horizontalPodAutoscalerDetector } from './horizontalPodAutoscaler';

const hpa = (
  range: string,
  apiVersion = 'autoscaling/v2',
) => `apiVersion: ${apiVersion}
kind: HorizontalPodAutoscaler
metadata:
  name: orders
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: orders}
${range}
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [horizontalPodAutoscalerDetector],
  });

describe('horizontalPodAutoscalerDetector', () => {
  it('counts an HPA that can scale, and its minimum of two as redundancy', async () => {
    const facts = await analyze({
      'k8s/hpa.yaml': hpa('  minReplicas: 2\n  maxReplicas: 10'),
      'k8s/old-hpa.yaml': hpa('  maxReplicas: 5', 'autoscaling/v1'),
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['hpa'],
      paths: ['k8s/hpa.yaml', 'k8s/old-hpa.yaml'],
      message: 'a HorizontalPodAutoscaler in k8s/hpa.yaml and 1 more',
      values: [],
    });
    expect(facts.demandDriven).toBe(false);
    expect(facts.redundancy.paths).toEqual(['k8s/hpa.yaml']);
  });

  it('reports an HPA whose minReplicas equals maxReplicas as disabled', async () => {
    const facts = await analyze({
      'k8s/hpa.yaml': hpa('  minReplicas: 3\n  maxReplicas: 3'),
    });
    expect(facts.autoscaling).toEqual({
      found: false,
      kinds: [],
      paths: ['k8s/hpa.yaml'],
      message:
        'a HorizontalPodAutoscaler in k8s/hpa.yaml, but it is disabled: minReplicas equals maxReplicas (3), so it never scales',
      values: [],
    });
    expect(facts.redundancy.found).toBe(true);
  });

  it('reports a default minimum of one against a maximum of one as disabled', async () => {
    const facts = await analyze({ 'k8s/hpa.yaml': hpa('  maxReplicas: 1') });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toMatch(
      /disabled: minReplicas equals maxReplicas \(1\)/,
    );
    expect(facts.redundancy.found).toBe(false);
  });

  it('does not count an HPA-like object of another group', async () => {
    const facts = await analyze({
      'k8s/x.yaml': hpa('  maxReplicas: 9', 'example.com/v1'),
    });
    expect(facts.autoscaling).toMatchObject({ found: false, message: '' });
  });
});
