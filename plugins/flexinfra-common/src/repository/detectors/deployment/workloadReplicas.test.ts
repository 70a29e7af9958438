import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { workloadReplicasDetector } from './workloadReplicas';

const workload = (kind: string, replicas: string, apiVersion = 'apps/v1') =>
  `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: orders
spec:
  replicas: ${replicas}
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [workloadReplicasDetector],
  });

describe('workloadReplicasDetector', () => {
  it('counts Deployments, StatefulSets and Rollouts with two or more replicas', async () => {
    const facts = await analyze({
      'k8s/api.yaml': workload('Deployment', '3'),
      'k8s/db.yaml': workload('StatefulSet', '2'),
      'k8s/web.yaml': workload('Rollout', '4', 'argoproj.io/v1alpha1'),
    });
    expect(facts.redundancy).toEqual({
      found: true,
      kinds: ['replicas'],
      paths: ['k8s/api.yaml', 'k8s/db.yaml', 'k8s/web.yaml'],
      message: 'two or more replicas in k8s/api.yaml and 2 more',
      values: [],
    });
  });

  it('does not count one replica, no replicas, a template value or a non-workload', async () => {
    const facts = await analyze({
      'k8s/one.yaml': workload('Deployment', '1'),
      'k8s/none.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n',
      'k8s/text.yaml': workload('Deployment', '"${REPLICAS}"'),
      'k8s/service.yaml': workload('Service', '3', 'v1'),
    });
    expect(facts.redundancy.found).toBe(false);
  });
});
