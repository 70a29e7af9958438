import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { skiperatorDetector } from './skiperator';

const app = (spec = '') => `apiVersion: skiperator.kartverket.no/v1alpha1
kind: Application
metadata: {name: orders, namespace: payments}
spec:
  image: registry.example.com/orders:1.4.0
  port: 8080
${spec}
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [skiperatorDetector] });

describe('skiperatorDetector', () => {
  it('counts an application with the default scaling and its Prometheus scraping', async () => {
    const facts = await analyze({
      'skip/orders.yaml': app('  prometheus:\n    port: 8081'),
    });
    expect(facts.deployment.message).toBe(
      'a Skiperator application in skip/orders.yaml',
    );
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['skiperator'],
      paths: ['skip/orders.yaml'],
      message:
        "Skiperator autoscaling in skip/orders.yaml (the platform's default applies: Skiperator scales between 2 and 5 replicas unless told otherwise)",
      values: [],
    });
    expect(facts.redundancy.found).toBe(true);
    expect(facts.monitoring.kinds).toEqual(['skiperator-prometheus']);
  });

  it('counts a written range, taking the default maximum', async () => {
    const facts = await analyze({
      'skip/orders.yaml': app('  replicas:\n    min: 3'),
    });
    expect(facts.autoscaling.message).toBe(
      'Skiperator autoscaling in skip/orders.yaml',
    );
    expect(facts.redundancy.message).toBe(
      'two or more replicas in skip/orders.yaml',
    );
  });

  it('reports a fixed count or a range that cannot scale as disabled', async () => {
    const fixed = await analyze({
      'skip/orders.yaml': app('  replicas: 2'),
    });
    expect(fixed.autoscaling.message).toBe(
      'Skiperator autoscaling in skip/orders.yaml, but it is disabled: replicas is a fixed number (2)',
    );
    expect(fixed.redundancy.found).toBe(true);
    const narrow = await analyze({
      'skip/orders.yaml': app('  replicas:\n    min: 6'),
    });
    expect(narrow.autoscaling.message).toMatch(
      /disabled: replicas.min \(6\) is above replicas.max \(5\)/,
    );
    const zero = await analyze({
      'skip/orders.yaml': app('  replicas:\n    min: 0\n    max: 3'),
    });
    expect(zero.autoscaling.found).toBe(false);
    expect(zero.redundancy.found).toBe(false);
  });

  it('does not count a SKIPJob', async () => {
    const facts = await analyze({
      'skip/job.yaml':
        'apiVersion: skiperator.kartverket.no/v1alpha1\nkind: SKIPJob\nspec: {}\n',
    });
    expect(facts.deployment.found).toBe(false);
  });
});
