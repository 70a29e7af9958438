import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { grafanaDashboardsDetector } from './grafanaDashboards';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [grafanaDashboardsDetector],
  });

const dashboard = (panel: Record<string, unknown> = {}) =>
  JSON.stringify({
    title: 'Orders API',
    schemaVersion: 39,
    panels: [
      {
        type: 'timeseries',
        title: 'Requests per second',
        targets: [{ expr: 'sum(rate(http_requests_total{job="orders"}[5m]))' }],
        ...panel,
      },
    ],
  });

describe('grafanaDashboardsDetector', () => {
  it('finds a dashboard, which only shows', async () => {
    const facts = await analyze({
      'monitoring/dashboards/orders.json': dashboard(),
    });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['grafana-dashboard'],
      paths: ['monitoring/dashboards/orders.json'],
      message: 'a Grafana dashboard in monitoring/dashboards/orders.json',
      values: [],
    });
    expect(facts.alerting).toBe(false);
  });

  it('reads API exports and legacy panel alerts', async () => {
    const facts = await analyze({
      'grafana/orders-export.json': JSON.stringify({
        meta: { slug: 'orders' },
        dashboard: JSON.parse(
          dashboard({ alert: { name: 'Too many errors', conditions: [] } }),
        ),
      }),
    });
    expect(facts.monitoring.paths).toEqual(['grafana/orders-export.json']);
    expect(facts.alerting).toBe(true);
  });

  it('ignores JSON that is not a dashboard or is not in a dashboard path', async () => {
    const source = memorySource({
      'dashboards/settings.json': JSON.stringify({ title: 'x', panels: 3 }),
      'src/fixtures/orders.json': dashboard(),
      'package.json': JSON.stringify({ name: 'orders' }),
      'docker/grafana/dashboards/orders.json': dashboard(),
      'docker/docker-compose.yml': 'services: {}\n',
    });
    const facts = await analyzeRepository(source, {
      detectors: [grafanaDashboardsDetector],
    });
    expect(source.reads.sort()).toEqual([
      'dashboards/settings.json',
      'docker/grafana/dashboards/orders.json',
    ]);
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.message).toBe(
      'a Grafana dashboard in docker/grafana/dashboards/orders.json, but it is disabled: local development tooling beside docker/docker-compose.yml',
    );
  });
});
