import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { verticalPodAutoscalerDetector } from './verticalPodAutoscaler';

const vpa = (mode: string) => `apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: orders
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: orders}
  updatePolicy:
    updateMode: "${mode}"
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [verticalPodAutoscalerDetector],
  });

describe('verticalPodAutoscalerDetector', () => {
  it('counts a VPA that updates pods', async () => {
    const facts = await analyze({ 'k8s/vpa.yaml': vpa('Auto') });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['vpa'],
      paths: ['k8s/vpa.yaml'],
      message: 'a VerticalPodAutoscaler in k8s/vpa.yaml',
      values: [],
    });
  });

  it('reports a recommend-only VPA as disabled', async () => {
    const facts = await analyze({ 'k8s/vpa.yaml': vpa('Off') });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe(
      'a VerticalPodAutoscaler in k8s/vpa.yaml, but it is disabled: updateMode is "Off", so it only recommends',
    );
  });
});
