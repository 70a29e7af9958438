import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { knativeServiceDetector } from './knativeService';

const service = (annotations = '') => `apiVersion: serving.knative.dev/v1
kind: Service
metadata: {name: orders}
spec:
  template:
    metadata:
      annotations:
        app.example.com/owner: payments
${annotations}
    spec:
      containers:
        - image: registry.example.com/orders:1.4.0
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [knativeServiceDetector],
  });

describe('knativeServiceDetector', () => {
  it('counts a Knative Service and its default, demand-driven autoscaling', async () => {
    const facts = await analyze({ 'knative/service.yaml': service() });
    expect(facts.deployment.message).toBe(
      'a Knative Service in knative/service.yaml',
    );
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['knative'],
      paths: ['knative/service.yaml'],
      message:
        "Knative autoscaling in knative/service.yaml (the platform's default applies: Knative scales on request concurrency, down to zero, unless told otherwise)",
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
  });

  it('counts written bounds without the default note; the HPA class is not demand-driven', async () => {
    const bounded = await analyze({
      'knative/service.yaml': service(
        '        autoscaling.knative.dev/min-scale: "1"\n        autoscaling.knative.dev/max-scale: "10"',
      ),
    });
    expect(bounded.autoscaling.message).toBe(
      'Knative autoscaling in knative/service.yaml',
    );
    const hpa = await analyze({
      'knative/service.yaml': service(
        '        autoscaling.knative.dev/class: hpa.autoscaling.knative.dev\n        autoscaling.knative.dev/metric: cpu',
      ),
    });
    expect(hpa.autoscaling.found).toBe(true);
    expect(hpa.demandDriven).toBe(false);
  });

  it('reports max-scale equal to min-scale as disabled', async () => {
    const facts = await analyze({
      'knative/service.yaml': service(
        '        autoscaling.knative.dev/minScale: "2"\n        autoscaling.knative.dev/maxScale: "2"',
      ),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe(
      'Knative autoscaling in knative/service.yaml, but it is disabled: min-scale equals max-scale (2), so it never scales',
    );
  });

  it('leaves Cloud Run services to their own detector and ignores other Knative kinds', async () => {
    const facts = await analyze({
      'run/service.yaml': service(
        '        run.googleapis.com/execution-environment: gen2',
      ),
      'knative/broker.yaml':
        'apiVersion: eventing.knative.dev/v1\nkind: Broker\nspec: {}\n',
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.autoscaling.found).toBe(false);
  });
});
