import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { helmChartDetector } from './helmChart';

const chart = (name: string, extra = '') =>
  `apiVersion: v2\nname: ${name}\nversion: 0.3.1\nappVersion: "1.4.0"\n${extra}`;

const analyze = (files: Record<string, string>) => {
  const source = memorySource(files);
  return analyzeRepository(source, { detectors: [helmChartDetector] }).then(
    facts => ({ facts, reads: source.reads.sort() }),
  );
};

describe('helmChartDetector', () => {
  it("counts the repository's charts but not the ones vendored into them", async () => {
    const { facts } = await analyze({
      'charts/orders/Chart.yaml': chart('orders'),
      'charts/orders/charts/redis/Chart.yaml': chart('redis'),
      'deploy/worker/Chart.yaml': chart('worker'),
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['helm'],
      paths: ['charts/orders/Chart.yaml', 'deploy/worker/Chart.yaml'],
      message: 'a Helm chart in charts/orders/Chart.yaml and 1 more',
      values: [],
    });
  });

  it('reports a library chart as disabled', async () => {
    const { facts } = await analyze({
      'charts/common/Chart.yaml': chart('common', 'type: library\n'),
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.deployment.message).toBe(
      'a Helm chart in charts/common/Chart.yaml, but it is disabled: it is a library chart, which deploys nothing itself',
    );
  });

  it('does not count a chart without a name, other casings, or one in a dev container', async () => {
    const { facts, reads } = await analyze({
      'charts/a/Chart.yaml': 'apiVersion: v2\nversion: 1.0.0\n',
      'charts/b/chart.yaml': chart('b'),
      '.devcontainer/Chart.yaml': chart('dev'),
    });
    expect(facts.deployment.found).toBe(false);
    expect(reads).toEqual(['charts/a/Chart.yaml']);
  });
});
