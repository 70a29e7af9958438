import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { prometheusRuleDetector } from './prometheusRule';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [prometheusRuleDetector],
  });

describe('prometheusRuleDetector', () => {
  it('counts a PrometheusRule with an alert as alerting', async () => {
    const facts = await analyze({
      'k8s/alerts.yaml': `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata: {name: orders}
spec:
  groups:
    - name: orders.rules
      rules:
        - record: job:http_errors:rate5m
          expr: sum(rate(http_requests_total{code=~"5.."}[5m])) by (job)
        - alert: OrdersErrorRateHigh
          expr: job:http_errors:rate5m > 0.05
          for: 10m
`,
    });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['prometheus-rule'],
      paths: ['k8s/alerts.yaml'],
      message: 'a PrometheusRule in k8s/alerts.yaml',
      values: [],
    });
    expect(facts.alerting).toBe(true);
  });

  it('counts recording rules alone as monitoring but not alerting', async () => {
    const facts = await analyze({
      'k8s/rules.yaml': `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
spec:
  groups:
    - name: r
      rules:
        - record: job:up:sum
          expr: sum(up) by (job)
`,
    });
    expect(facts.monitoring.found).toBe(true);
    expect(facts.alerting).toBe(false);
  });

  it('does not count a plain ConfigMap of rules', async () => {
    const facts = await analyze({
      'k8s/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\ndata:\n  rules.yaml: "groups: []"\n',
    });
    expect(facts.monitoring.found).toBe(false);
  });
});
