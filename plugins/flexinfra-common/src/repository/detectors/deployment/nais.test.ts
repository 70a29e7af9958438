import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { naisDetector } from './nais';

const app = (spec: string) => `apiVersion: nais.io/v1alpha1
kind: Application
metadata:
  name: orders
  namespace: payments
  labels: {team: payments}
spec:
  image: {{ image }}
  port: 8080
${spec}
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [naisDetector] });

describe('naisDetector', () => {
  it("counts a NAIS application with the platform's default scaling", async () => {
    const facts = await analyze({
      '.nais/nais.yaml': app(
        '  prometheus:\n    enabled: true\n    path: /metrics',
      ),
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['nais'],
      paths: ['.nais/nais.yaml'],
      message: 'a NAIS application in .nais/nais.yaml',
      values: [],
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['nais'],
      paths: ['.nais/nais.yaml'],
      message:
        "NAIS autoscaling in .nais/nais.yaml (the platform's default applies: NAIS scales up to 4 replicas unless told otherwise)",
      values: [],
    });
    expect(facts.redundancy.message).toBe(
      "two or more replicas in .nais/nais.yaml (the platform's default applies: NAIS runs at least 2 replicas unless told otherwise)",
    );
    expect(facts.monitoring.message).toBe(
      'NAIS Prometheus scraping in .nais/nais.yaml',
    );
    expect(facts.demandDriven).toBe(false);
  });

  it('counts written bounds as autoscaling, and Kafka lag as demand-driven', async () => {
    const facts = await analyze({
      '.nais/prod.yaml': app(`  replicas:
    min: 2
    max: 6
    scalingStrategy:
      kafka: {topic: payments.orders, consumerGroup: orders, threshold: 100}`),
    });
    expect(facts.autoscaling.message).toBe(
      'NAIS autoscaling in .nais/prod.yaml',
    );
    expect(facts.demandDriven).toBe(true);
  });

  it('reports equal bounds or switched-off autoscaling as disabled', async () => {
    const fixed = await analyze({
      '.nais/dev.yaml': app('  replicas:\n    min: 1\n    max: 1'),
    });
    expect(fixed.autoscaling.found).toBe(false);
    expect(fixed.autoscaling.message).toBe(
      'NAIS autoscaling in .nais/dev.yaml, but it is disabled: replicas.min equals replicas.max (1), so it never scales',
    );
    expect(fixed.redundancy.found).toBe(false);
    expect(fixed.monitoring.found).toBe(false);
    const off = await analyze({
      '.nais/dev.yaml': app(
        '  replicas:\n    min: 2\n    max: 4\n    disableAutoScaling: true',
      ),
    });
    expect(off.autoscaling.message).toMatch(
      /disabled: replicas.disableAutoScaling is true$/,
    );
    expect(off.redundancy.found).toBe(true);
  });

  it("does not count another group's Application or a NAIS Alert", async () => {
    const facts = await analyze({
      'k8s/app.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n',
      '.nais/alert.yaml': 'apiVersion: nais.io/v1\nkind: Alert\nspec: {}\n',
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.autoscaling.found).toBe(false);
  });
});
