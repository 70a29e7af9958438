import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { kedaScaledObjectDetector } from './kedaScaledObject';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [kedaScaledObjectDetector],
  });

const scaledObject = (
  extra = '',
  annotations = '',
) => `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: worker
${annotations}
spec:
  scaleTargetRef: {name: worker}
${extra}
  triggers:
    - type: rabbitmq
      metadata: {queueName: orders, mode: QueueLength, value: "20"}
`;

describe('kedaScaledObjectDetector', () => {
  it('counts ScaledObjects and ScaledJobs as demand-driven autoscaling', async () => {
    const facts = await analyze({
      'k8s/worker-scaler.yaml': scaledObject('  maxReplicaCount: 30'),
      'k8s/batch.yaml':
        'apiVersion: keda.sh/v1alpha1\nkind: ScaledJob\nspec:\n  jobTargetRef: {template: {}}\n',
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['keda'],
      paths: ['k8s/batch.yaml', 'k8s/worker-scaler.yaml'],
      message: 'a KEDA ScaledJob in k8s/batch.yaml and 1 more',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
  });

  it('reports a paused or fixed ScaledObject as disabled', async () => {
    const paused = await analyze({
      'k8s/worker.yaml': scaledObject(
        '',
        '  annotations:\n    autoscaling.keda.sh/paused: "true"',
      ),
    });
    expect(paused.autoscaling.found).toBe(false);
    expect(paused.demandDriven).toBe(false);
    expect(paused.autoscaling.message).toBe(
      'a KEDA ScaledObject in k8s/worker.yaml, but it is disabled: it is paused (autoscaling.keda.sh/paused is "true")',
    );
    const fixed = await analyze({
      'k8s/worker.yaml': scaledObject(
        '  minReplicaCount: 2\n  maxReplicaCount: 2',
      ),
    });
    expect(fixed.autoscaling.message).toMatch(
      /disabled: minReplicaCount equals maxReplicaCount \(2\)/,
    );
  });

  it('does not count a TriggerAuthentication alone', async () => {
    const facts = await analyze({
      'k8s/auth.yaml':
        'apiVersion: keda.sh/v1alpha1\nkind: TriggerAuthentication\nspec: {}\n',
    });
    expect(facts.autoscaling.found).toBe(false);
  });
});
