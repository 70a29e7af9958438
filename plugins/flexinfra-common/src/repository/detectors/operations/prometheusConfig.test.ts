import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { prometheusConfigDetector } from './prometheusConfig';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [prometheusConfigDetector],
  });

const CONFIG = `global:
  scrape_interval: 30s
scrape_configs:
  - job_name: orders
    metrics_path: /metrics
    static_configs:
      - targets: ['orders:8080']
`;

describe('prometheusConfigDetector', () => {
  it('finds a scrape configuration, which does not alert', async () => {
    const facts = await analyze({ 'ops/prometheus/prometheus.yml': CONFIG });
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['prometheus-config'],
      paths: ['ops/prometheus/prometheus.yml'],
      message: 'a Prometheus config in ops/prometheus/prometheus.yml',
      values: [],
    });
    expect(facts.alerting).toBe(false);
  });

  it('ignores YAML without scrape configs, and the one of a local compose stack', async () => {
    const facts = await analyze({
      'prometheus.yml': 'global:\n  scrape_interval: 30s\n',
      'docker/docker-compose.yml': 'services: {}\n',
      'docker/prometheus.yml': CONFIG,
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.message).toBe(
      'a Prometheus config in docker/prometheus.yml, but it is disabled: local development tooling beside docker/docker-compose.yml',
    );
  });
});
