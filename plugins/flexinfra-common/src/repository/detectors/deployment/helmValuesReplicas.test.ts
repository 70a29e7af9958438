import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { helmValuesReplicasDetector } from './helmValuesReplicas';

const CHART = 'apiVersion: v2\nname: orders\nversion: 0.1.0\n';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [helmValuesReplicasDetector],
  });

describe('helmValuesReplicasDetector', () => {
  it('counts replicaCount of two or more, and an autoscaling minimum of two', async () => {
    const facts = await analyze({
      'chart/Chart.yaml': CHART,
      'chart/values.yaml':
        'replicaCount: 1\nautoscaling:\n  enabled: false\n  minReplicas: 2\n',
      'chart/values-prod.yaml': 'replicaCount: 3\n',
      'chart/values.staging.yaml': 'autoscaling:\n  enabled: true\n',
    });
    expect(facts.redundancy).toEqual({
      found: true,
      kinds: ['replicas'],
      paths: ['chart/values-prod.yaml', 'chart/values.staging.yaml'],
      message: 'two or more replicas in chart/values-prod.yaml and 1 more',
      values: [],
    });
  });

  it('does not count one replica, or a minimum of two while autoscaling is off', async () => {
    const facts = await analyze({
      'chart/Chart.yaml': CHART,
      'chart/values.yaml':
        'replicaCount: 1\nautoscaling:\n  enabled: false\n  minReplicas: 2\n',
      'chart/values-dev.yaml': 'replicaCount: 1\n',
      'other/values.yaml': 'replicaCount: 5\n',
    });
    expect(facts.redundancy.found).toBe(false);
  });
});
