import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { helmValuesAutoscalingDetector } from './helmValuesAutoscaling';

const CHART = 'apiVersion: v2\nname: orders\nversion: 0.1.0\n';

const values = (enabled: boolean, bounds = '') =>
  `replicaCount: 1\nautoscaling:\n  enabled: ${enabled}\n${bounds}`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [helmValuesAutoscalingDetector],
  });

describe('helmValuesAutoscalingDetector', () => {
  it("counts autoscaling enabled in the chart's values", async () => {
    const facts = await analyze({
      'chart/Chart.yaml': CHART,
      'chart/values.yaml': values(
        true,
        '  minReplicas: 2\n  maxReplicas: 8\n  targetCPUUtilizationPercentage: 70\n',
      ),
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['hpa'],
      paths: ['chart/values.yaml'],
      message: 'Helm chart autoscaling in chart/values.yaml',
      values: [],
    });
  });

  it("says so when the chart's values switch autoscaling off", async () => {
    const facts = await analyze({
      'chart/Chart.yaml': CHART,
      'chart/values.yaml': values(
        false,
        '  minReplicas: 1\n  maxReplicas: 100\n',
      ),
    });
    expect(facts.autoscaling).toEqual({
      found: false,
      kinds: [],
      paths: ['chart/values.yaml'],
      message:
        "Helm chart autoscaling in chart/values.yaml, but it is disabled: autoscaling.enabled is false in the chart's values",
      values: [],
    });
  });

  it('counts an environment that switches it on, with the bounds of the base values', async () => {
    const facts = await analyze({
      'chart/Chart.yaml': CHART,
      'chart/values.yaml': values(
        false,
        '  minReplicas: 2\n  maxReplicas: 6\n',
      ),
      'chart/values-prod.yaml': 'autoscaling:\n  enabled: true\n',
      'chart/values/staging.yaml':
        'autoscaling:\n  enabled: true\n  maxReplicas: 2\n',
    });
    expect(facts.autoscaling.found).toBe(true);
    expect(facts.autoscaling.paths).toEqual(['chart/values-prod.yaml']);
    expect(facts.autoscaling.message).toBe(
      'Helm chart autoscaling in chart/values-prod.yaml',
    );
  });

  it('reports bounds that do not allow scaling as disabled', async () => {
    const facts = await analyze({
      'chart/Chart.yaml': CHART,
      'chart/values.yaml': values(true, '  minReplicas: 3\n  maxReplicas: 3\n'),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe(
      "Helm chart autoscaling in chart/values.yaml, but it is disabled: autoscaling.minReplicas equals autoscaling.maxReplicas (3), so it never scales (in the chart's values)",
    );
  });

  it("does not read a values.yaml that belongs to no chart, or a vendored subchart's", async () => {
    const facts = await analyze({
      'config/values.yaml': values(true),
      'chart/Chart.yaml': CHART,
      'chart/charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\n',
      'chart/charts/redis/values.yaml': values(true),
      'chart/values-secrets.yaml': values(true),
    });
    expect(facts.autoscaling).toMatchObject({ found: false, paths: [] });
  });
});
