import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { kubernetesWorkloadsDetector } from './kubernetesWorkloads';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: orders
          image: registry.example.com/orders:1.4.0
`;

const service = `apiVersion: v1
kind: Service
metadata:
  name: orders
spec:
  ports:
    - port: 80
`;

async function analyze(files: Record<string, string>) {
  const source = memorySource(files);
  const facts = await analyzeRepository(source, {
    detectors: [kubernetesWorkloadsDetector],
  });
  return { facts, reads: source.reads.sort() };
}

describe('kubernetesWorkloadsDetector', () => {
  it('finds workloads of every kind, once per file', async () => {
    const { facts } = await analyze({
      'k8s/orders.yaml': `${deployment}---\n${service}---\n${deployment}`,
      'k8s/db.yml':
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\n',
      'k8s/agent.yaml':
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\n',
      'k8s/cleanup.yaml':
        'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cleanup}\n',
      'rollouts/web.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: web}\n',
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['kubernetes'],
      paths: [
        'k8s/agent.yaml',
        'k8s/cleanup.yaml',
        'k8s/db.yml',
        'k8s/orders.yaml',
        'rollouts/web.yaml',
      ],
      message: 'a Kubernetes workload in k8s/agent.yaml and 4 more',
      values: [],
    });
  });

  it('reads the items of a List', async () => {
    const { facts } = await analyze({
      'export.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: orders}
`,
    });
    expect(facts.deployment.paths).toEqual(['export.yaml']);
  });

  it('does not count a Service, ConfigMap or a look-alike kind', async () => {
    const { facts } = await analyze({
      'k8s/service.yaml': service,
      'k8s/config.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n',
      'crd/deployment.yaml':
        'apiVersion: deploy.example.com/v1\nkind: Deployment\nmetadata: {name: x}\n',
      'notes.yaml': 'kind: Deployment\n',
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.deployment.message).toBe('');
  });

  it('never reads Helm templates, Compose files or dev containers', async () => {
    const { facts, reads } = await analyze({
      'charts/orders/Chart.yaml': 'apiVersion: v2\nname: orders\n',
      'charts/orders/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "orders.fullname" . }}
{{- if .Values.x }}
spec: {}
{{- end }}
`,
      'docker-compose.yml': 'services:\n  app:\n    image: orders\n',
      'compose.yaml': 'services: {}\n',
      'docker-compose.override.yml': 'services: {}\n',
      '.devcontainer/k8s/deployment.yaml': deployment,
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.problems).toEqual([]);
    expect(reads).toEqual(['charts/orders/Chart.yaml']);
  });
});
