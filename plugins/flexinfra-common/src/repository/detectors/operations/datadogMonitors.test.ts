import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { datadogMonitorsDetector } from './datadogMonitors';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [datadogMonitorsDetector],
  });

const MONITOR = {
  name: 'Orders API error rate',
  type: 'query alert',
  query:
    'sum(last_5m):sum:trace.http.request.errors{service:orders}.as_count() > 50',
  message: 'Error rate is high @pagerduty-orders',
  options: { thresholds: { critical: 50 } },
};

describe('datadogMonitorsDetector', () => {
  it('finds monitors in JSON and YAML, which alert', async () => {
    const facts = await analyze({
      'datadog/monitors/orders.json': JSON.stringify(MONITOR),
      'ops/monitors.yaml': `monitors:\n  - name: CPU\n    type: metric alert\n    query: avg(last_10m):avg:system.cpu.user{service:orders} > 90\n`,
    });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['datadog-monitor'],
      paths: ['datadog/monitors/orders.json', 'ops/monitors.yaml'],
      message: 'a Datadog monitor in datadog/monitors/orders.json and 1 more',
      values: [],
    });
    expect(facts.alerting).toBe(true);
  });

  it('ignores look-alikes: other types, no query, JSON outside monitor paths', async () => {
    const facts = await analyze({
      'datadog/dashboard.json': JSON.stringify({
        title: 'Orders',
        type: 'ordered',
        widgets: [],
      }),
      'monitors/incomplete.json': JSON.stringify({ ...MONITOR, query: 3 }),
      'src/fixtures/alert.json': JSON.stringify(MONITOR),
      'config/alerting.yaml': `type: email alerting\nquery: none\n`,
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.message).toBe('');
  });
});
