import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { podAntiAffinityDetector } from './podAntiAffinity';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [podAntiAffinityDetector],
  });

describe('podAntiAffinityDetector', () => {
  it('counts required and preferred anti-affinity, also in a CronJob', async () => {
    const facts = await analyze({
      'k8s/api.yaml': `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector: {matchLabels: {app: api}}
`,
      'k8s/report.yaml': `apiVersion: batch/v1
kind: CronJob
spec:
  jobTemplate:
    spec:
      template:
        spec:
          affinity:
            podAntiAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                - topologyKey: kubernetes.io/hostname
`,
    });
    expect(facts.redundancy).toEqual({
      found: true,
      kinds: ['pod-anti-affinity'],
      paths: ['k8s/api.yaml', 'k8s/report.yaml'],
      message: 'a pod anti-affinity in k8s/api.yaml and 1 more',
      values: [],
    });
  });

  it('does not count pod affinity or an empty anti-affinity', async () => {
    const facts = await analyze({
      'k8s/api.yaml': `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
        podAntiAffinity: {}
`,
    });
    expect(facts.redundancy.found).toBe(false);
  });
});
