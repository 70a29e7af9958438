import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { jsonnetMonitoringDetector } from './jsonnetMonitoring';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [jsonnetMonitoringDetector],
  });

describe('jsonnetMonitoringDetector', () => {
  it('finds a mixin with alerts and a Grafonnet dashboard', async () => {
    const facts = await analyze({
      'mixin/alerts.libsonnet': `{
  prometheusAlerts+:: {
    groups+: [{
      name: 'orders',
      rules: [{ alert: 'OrdersDown', expr: 'up{job="orders"} == 0', 'for': '5m' }],
    }],
  },
}
`,
      'dashboards/orders.jsonnet': `local g = import 'github.com/grafana/grafonnet/gen/grafonnet-latest/main.libsonnet';
g.dashboard.new('Orders')
`,
    });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['monitoring-mixin', 'grafonnet-dashboard'],
      paths: ['mixin/alerts.libsonnet', 'dashboards/orders.jsonnet'],
      message:
        'a monitoring mixin in mixin/alerts.libsonnet; a Grafonnet dashboard in dashboards/orders.jsonnet',
      values: [],
    });
    expect(facts.alerting).toBe(true);
  });

  it('takes a mixin of dashboards only for monitoring without alerting', async () => {
    const facts = await analyze({
      'mixin/dashboards.libsonnet': `{\n  grafanaDashboards+:: {\n    'orders.json': {},\n  },\n}\n`,
    });
    expect(facts.monitoring.kinds).toEqual(['monitoring-mixin']);
    expect(facts.alerting).toBe(false);
  });

  it('ignores other Jsonnet and vendored mixins', async () => {
    const facts = await analyze({
      'k8s/deployment.jsonnet': `local k = import 'k.libsonnet';\n{ deployment: k.apps.v1.deployment.new('orders') }\n`,
      'vendor/github.com/acme/mixin/alerts.libsonnet': `{ prometheusAlerts+:: {} }\n`,
      'docs/alerts.md': 'prometheusAlerts+:: {}\n',
    });
    expect(facts.monitoring.found).toBe(false);
  });
});
