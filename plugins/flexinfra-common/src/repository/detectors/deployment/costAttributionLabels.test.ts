import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { costAttributionLabelsDetector } from './costAttributionLabels';
import { isCostAttributionKey } from '../shared/costAttributionKeys';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [costAttributionLabelsDetector],
  });

describe('costAttributionLabelsDetector', () => {
  it('counts cost labels on a workload, its pod template or its Namespace', async () => {
    const facts = await analyze({
      'k8s/api.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    app: api
    cost-center: "4711"
`,
      'k8s/worker.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: worker}
spec:
  template:
    metadata:
      annotations:
        finance.example.com/billing: payments
`,
      'k8s/namespace.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: payments
  labels: {cost_centre: payments}
`,
    });
    expect(facts.costAttribution).toEqual({
      found: true,
      kinds: ['kubernetes-labels'],
      paths: ['k8s/api.yaml', 'k8s/namespace.yaml', 'k8s/worker.yaml'],
      message: 'cost-attribution labels in k8s/api.yaml and 2 more',
      values: [],
    });
  });

  it('does not count team or owner labels, empty values, or labels on a ConfigMap', async () => {
    const facts = await analyze({
      'k8s/api.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  labels: {team: payments, owner: alice, cost-center: ""}
`,
      'k8s/config.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  labels: {cost-center: "4711"}
`,
    });
    expect(facts.costAttribution.found).toBe(false);
  });

  it('knows the spellings of its keys', () => {
    for (const key of [
      'cost-center',
      'cost_center',
      'costcenter',
      'costCenter',
      'cost-centre',
      'example.com/cost-center',
      'billing',
      'chargeback',
    ]) {
      expect(isCostAttributionKey(key)).toBe(true);
    }
    for (const key of ['team', 'owner', 'cost', 'app.kubernetes.io/part-of']) {
      expect(isCostAttributionKey(key)).toBe(false);
    }
  });
});
