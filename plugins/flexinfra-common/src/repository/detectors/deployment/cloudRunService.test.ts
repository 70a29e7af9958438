import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { cloudRunServiceDetector } from './cloudRunService';

const service = (annotations = '') => `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: orders
  labels:
    cloud.googleapis.com/location: europe-north1
  annotations:
    run.googleapis.com/ingress: all
spec:
  template:
    metadata:
      annotations:
        run.googleapis.com/cpu-throttling: "false"
${annotations}
    spec:
      containers:
        - image: registry.example.com/orders:1.4.0
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [cloudRunServiceDetector],
  });

describe('cloudRunServiceDetector', () => {
  it('counts a Cloud Run service, its default autoscaling and its region', async () => {
    const facts = await analyze({ 'deploy/service.yaml': service() });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['cloud-run'],
      paths: ['deploy/service.yaml'],
      message: 'a Cloud Run service in deploy/service.yaml',
      values: [],
    });
    expect(facts.autoscaling.message).toBe(
      "Cloud Run autoscaling in deploy/service.yaml (the platform's default applies: Cloud Run scales on requests between 0 and 100 instances unless told otherwise)",
    );
    expect(facts.demandDriven).toBe(true);
    expect(facts.regions).toMatchObject({
      found: true,
      values: ['europe-north1'],
    });
  });

  it('reports maxScale equal to minScale as disabled, and counts a job without scaling', async () => {
    const facts = await analyze({
      'deploy/service.yaml': service(
        '        autoscaling.knative.dev/minScale: "3"\n        autoscaling.knative.dev/maxScale: "3"',
      ),
      'deploy/job.yaml': `apiVersion: run.googleapis.com/v1
kind: Job
metadata: {name: nightly}
spec: {template: {}}
`,
    });
    expect(facts.autoscaling.message).toBe(
      'Cloud Run autoscaling in deploy/service.yaml, but it is disabled: minScale equals maxScale (3), so it never scales',
    );
    expect(facts.deployment.paths).toEqual([
      'deploy/job.yaml',
      'deploy/service.yaml',
    ]);
  });

  it('does not count a plain Knative Service', async () => {
    const facts = await analyze({
      'knative/service.yaml': `apiVersion: serving.knative.dev/v1
kind: Service
spec:
  template:
    spec: {containers: [{image: orders}]}
`,
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.regions.found).toBe(false);
  });
});
