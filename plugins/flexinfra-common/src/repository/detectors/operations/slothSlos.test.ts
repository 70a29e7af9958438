import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { slothSlosDetector } from './slothSlos';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [slothSlosDetector] });

const SPEC = `version: prometheus/v1
service: orders
slos:
  - name: requests-availability
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(http_requests_total{job="orders",code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total{job="orders"}[{{.window}}]))
    alerting:
      name: OrdersHighErrorRate
`;

describe('slothSlosDetector', () => {
  it('finds a Sloth spec, which alerts', async () => {
    const facts = await analyze({ 'slos/orders.yaml': SPEC });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['sloth'],
      paths: ['slos/orders.yaml'],
      message: 'Sloth SLOs in slos/orders.yaml',
      values: [],
    });
    expect(facts.alerting).toBe(true);
  });

  it('reads the PrometheusServiceLevel form, and takes alerts turned off as no alerting', async () => {
    const facts = await analyze({
      'k8s/slo.yaml': `apiVersion: sloth.slok.dev/v1
kind: PrometheusServiceLevel
metadata:
  name: orders
spec:
  service: orders
  slos:
    - name: latency
      objective: 99
      sli:
        raw:
          error_ratio_query: "1 - orders:latency_ok:ratio"
      alerting:
        page_alert:
          disable: true
        ticket_alert:
          disable: true
`,
    });
    expect(facts.monitoring.found).toBe(true);
    expect(facts.alerting).toBe(false);
  });

  it('ignores other versioned YAML', async () => {
    const facts = await analyze({
      'openapi.yaml': `version: prometheus/v2\nslos: []\n`,
      'config.yaml': `version: prometheus/v1\nservice: orders\n`,
    });
    expect(facts.monitoring.found).toBe(false);
  });
});
