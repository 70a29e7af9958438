import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { prometheusRulesDetector } from './prometheusRules';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [prometheusRulesDetector],
  });

const ALERTS = `groups:
  - name: api
    rules:
      - alert: ApiHighErrorRate
        expr: sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05
        for: 10m
        labels:
          severity: page
        annotations:
          summary: More than 5% of API requests fail
`;

const RECORDING = `groups:
  - name: api-recording
    rules:
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))
`;

describe('prometheusRulesDetector', () => {
  it('finds alerting rules', async () => {
    const facts = await analyze({ 'monitoring/alerts.yaml': ALERTS });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['prometheus-rules'],
      paths: ['monitoring/alerts.yaml'],
      message: 'Prometheus rules in monitoring/alerts.yaml',
      values: [],
    });
    expect(facts.alerting).toBe(true);
  });

  it('counts recording rules as monitoring without alerting, listed after alerting ones', async () => {
    const only = await analyze({ 'rules/recording.yml': RECORDING });
    expect(only.monitoring.found).toBe(true);
    expect(only.alerting).toBe(false);
    const both = await analyze({
      'rules/a-recording.yml': RECORDING,
      'rules/z-alerts.yml': ALERTS,
    });
    expect(both.monitoring.paths).toEqual([
      'rules/z-alerts.yml',
      'rules/a-recording.yml',
    ]);
    expect(both.alerting).toBe(true);
  });

  it('does not count a PrometheusRule object, other groups, or local tooling', async () => {
    const facts = await analyze({
      'k8s/rules.yaml': `apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n${ALERTS.replace(
        /^/gm,
        '  ',
      )}`,
      'config/groups.yaml': `groups:\n  - name: admins\n    members: [alice]\n`,
      'local/docker-compose.yml': 'services: {}\n',
      'local/prometheus/alerts.yml': ALERTS,
    });
    expect(facts.monitoring).toEqual({
      found: false,
      kinds: [],
      paths: ['local/prometheus/alerts.yml'],
      message:
        'Prometheus rules in local/prometheus/alerts.yml, but it is disabled: local development tooling beside local/docker-compose.yml',
      values: [],
    });
    expect(facts.alerting).toBe(false);
  });
});
