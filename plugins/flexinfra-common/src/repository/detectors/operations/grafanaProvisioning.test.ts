import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { grafanaProvisioningDetector } from './grafanaProvisioning';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [grafanaProvisioningDetector],
  });

const DATASOURCE = `apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
`;

describe('grafanaProvisioningDetector', () => {
  it('finds data sources, which do not alert', async () => {
    const facts = await analyze({
      'observability/grafana/provisioning/datasources/prometheus.yaml':
        DATASOURCE,
    });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['grafana-provisioning'],
      paths: ['observability/grafana/provisioning/datasources/prometheus.yaml'],
      message:
        'Grafana provisioning in observability/grafana/provisioning/datasources/prometheus.yaml',
      values: [],
    });
    expect(facts.alerting).toBe(false);
  });

  it('takes alerting provisioning for alerting, and lists it first', async () => {
    const facts = await analyze({
      'grafana/provisioning/datasources/prometheus.yaml': DATASOURCE,
      'grafana/provisioning/alerting/contact-points.yaml': `apiVersion: 1
contactPoints:
  - orgId: 1
    name: on-call
    receivers:
      - uid: oncall
        type: pagerduty
`,
    });
    expect(facts.monitoring.paths).toEqual([
      'grafana/provisioning/alerting/contact-points.yaml',
      'grafana/provisioning/datasources/prometheus.yaml',
    ]);
    expect(facts.alerting).toBe(true);
  });

  it('ignores files outside provisioning folders, without content, and in a local stack', async () => {
    const facts = await analyze({
      'grafana/datasources/prometheus.yaml': DATASOURCE,
      'grafana/provisioning/dashboards/empty.yaml': 'apiVersion: 1\n',
      'dev/compose.yaml': 'services: {}\n',
      'dev/grafana/provisioning/alerting/rules.yaml': `apiVersion: 1\ngroups:\n  - name: local\n    rules: []\n`,
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.paths).toEqual([
      'dev/grafana/provisioning/alerting/rules.yaml',
    ]);
    expect(facts.alerting).toBe(false);
  });
});
