import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { DEPLOYMENT_DETECTORS } from '.';

/**
 * A small service repository as teams write them: the `orders` API as a
 * Helm chart with values per environment (deployed by Argo CD), a worker
 * as Kustomize base and overlays with an HPA, a PodDisruptionBudget and
 * Prometheus Operator objects; plus local tooling (Compose, a dev
 * container) that must not count.
 */
const REPOSITORY: Record<string, string> = {
  'README.md': '# orders\n\nThe orders service.\n',
  Dockerfile: 'FROM eclipse-temurin:21-jre\nCOPY target/orders.jar /app.jar\n',
  'docker-compose.yml': `services:
  orders:
    build: .
    ports: ["8080:8080"]
    deploy:
      replicas: 3
  postgres:
    image: postgres:16
`,
  '.devcontainer/devcontainer.json':
    '{"name": "orders", "dockerComposeFile": "docker-compose.yml"}',
  '.devcontainer/docker-compose.yml':
    'services:\n  dev:\n    image: registry.example.com/devcontainers/java:21\n',
  '.devcontainer/kind/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  '.devcontainer/kind/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-dev
  labels: {cost-center: "0000"}
spec:
  replicas: 3
`,
  '.devcontainer/values-dev.yaml': 'replicaCount: 3\n',
  '.github/workflows/ci.yml': `name: ci
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./mvnw verify
`,
  'charts/orders/Chart.yaml': `apiVersion: v2
name: orders
description: The orders API
type: application
version: 0.7.2
appVersion: "2.3.0"
`,
  'charts/orders/values.yaml': `replicaCount: 1
image:
  repository: registry.example.com/payments/orders
  tag: ""
service:
  type: ClusterIP
  port: 80
autoscaling:
  enabled: false
  minReplicas: 2
  maxReplicas: 10
  targetCPUUtilizationPercentage: 75
podLabels:
  team: payments
`,
  'charts/orders/values-dev.yaml':
    'replicaCount: 1\ningress:\n  host: orders.dev.example.com\n',
  'charts/orders/values-staging.yaml':
    'replicaCount: 2\ningress:\n  host: orders.staging.example.com\n',
  'charts/orders/values-prod.yaml': `autoscaling:
  enabled: true
  maxReplicas: 12
ingress:
  host: orders.example.com
`,
  'charts/orders/values-preview.yaml':
    'replicaCount: 1\ningress:\n  host: pr.orders.preview.example.com\n',
  'charts/orders/templates/_helpers.tpl':
    '{{- define "orders.fullname" -}}{{ .Release.Name }}{{- end }}\n',
  'charts/orders/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "orders.fullname" . }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
`,
  'charts/orders/templates/hpa.yaml': `{{- if .Values.autoscaling.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "orders.fullname" . }}
spec:
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
{{- end }}
`,
  'k8s/base/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
  - service.yaml
  - hpa.yaml
`,
  'k8s/base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-worker
  labels:
    app: orders-worker
    cost-center: payments-4711
spec:
  replicas: 2
  selector:
    matchLabels: {app: orders-worker}
  template:
    metadata:
      labels: {app: orders-worker}
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels: {app: orders-worker}
      containers:
        - name: worker
          image: registry.example.com/payments/orders-worker:2.3.0
`,
  'k8s/base/service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: orders-worker
spec:
  selector: {app: orders-worker}
  ports: [{port: 8080}]
`,
  'k8s/base/hpa.yaml': `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: orders-worker
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: orders-worker}
  minReplicas: 2
  maxReplicas: 6
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
`,
  'k8s/overlays/dev/kustomization.yaml': `resources:
  - ../../base
patches:
  - target: {kind: HorizontalPodAutoscaler, name: orders-worker}
    patch: |-
      - op: replace
        path: /spec/maxReplicas
        value: 2
`,
  'k8s/overlays/prod/kustomization.yaml': `resources:
  - ../../base
replicas:
  - name: orders-worker
    count: 3
`,
  'deploy/argocd/orders-prod.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: orders-prod
  namespace: argocd
spec:
  project: payments
  source:
    repoURL: https://git.example.com/payments/orders.git
    path: charts/orders
    targetRevision: main
    helm:
      valueFiles: [values.yaml, values-prod.yaml]
  destination:
    server: https://kubernetes.default.svc
    namespace: orders
  syncPolicy:
    automated: {prune: true, selfHeal: true}
`,
  'deploy/pdb.yaml': `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: orders
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app.kubernetes.io/name: orders}
`,
  'deploy/monitoring/service-monitor.yaml': `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: orders
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: orders}
  endpoints:
    - port: http
      path: /actuator/prometheus
`,
  'deploy/monitoring/orders-rules.yaml': `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: orders
spec:
  groups:
    - name: orders.availability
      rules:
        - alert: OrdersHighErrorRate
          expr: sum(rate(http_server_requests_seconds_count{job="orders",status=~"5.."}[5m])) / sum(rate(http_server_requests_seconds_count{job="orders"}[5m])) > 0.02
          for: 10m
          labels: {severity: page}
          annotations:
            summary: More than 2% of orders requests fail
`,
};

describe('DEPLOYMENT_DETECTORS on a realistic service repository', () => {
  let facts: Awaited<ReturnType<typeof analyzeRepository>>;
  let reads: string[];

  beforeAll(async () => {
    const source = memorySource(REPOSITORY);
    facts = await analyzeRepository(source, {
      detectors: DEPLOYMENT_DETECTORS,
    });
    reads = source.reads;
  });

  it('reads every file once, and never local tooling or Helm templates', () => {
    expect(facts.problems).toEqual([]);
    expect(new Set(reads).size).toBe(reads.length);
    expect(
      reads.filter(path =>
        /^\.devcontainer\/|docker-compose|\/templates\//.test(path),
      ),
    ).toEqual([]);
    expect(reads).toContain('charts/orders/Chart.yaml');
    expect(reads).toContain('k8s/base/deployment.yaml');
  });

  it('finds the declarative deployment', () => {
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['kustomize', 'kubernetes', 'helm', 'argocd'],
      paths: [
        'k8s/base/kustomization.yaml',
        'k8s/overlays/dev/kustomization.yaml',
        'k8s/overlays/prod/kustomization.yaml',
        'k8s/base/deployment.yaml',
        'charts/orders/Chart.yaml',
        'deploy/argocd/orders-prod.yaml',
      ],
      message:
        'Kustomize in k8s/base/kustomization.yaml and 2 more; ' +
        'a Kubernetes workload in k8s/base/deployment.yaml; ' +
        'a Helm chart in charts/orders/Chart.yaml; ' +
        'Argo CD in deploy/argocd/orders-prod.yaml',
      values: [],
    });
  });

  it("finds autoscaling in the HPA and in production's values, not in the switched-off default", () => {
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['hpa'],
      paths: ['k8s/base/hpa.yaml', 'charts/orders/values-prod.yaml'],
      message: 'a HorizontalPodAutoscaler in k8s/base/hpa.yaml and 1 more',
      values: [],
    });
    expect(facts.demandDriven).toBe(false);
  });

  it('names the environments from values files and overlays', () => {
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['helm-values', 'kustomize-overlays'],
      paths: [
        'charts/orders/values-dev.yaml',
        'charts/orders/values-prod.yaml',
        'charts/orders/values-staging.yaml',
        'k8s/overlays/dev/kustomization.yaml',
        'k8s/overlays/prod/kustomization.yaml',
      ],
      message:
        'Helm values per environment in charts/orders/values-dev.yaml and 2 more; ' +
        'Kustomize overlays in k8s/overlays/dev/kustomization.yaml and 1 more',
      values: ['dev', 'prod', 'staging'],
    });
    expect(facts.previewEnvironments).toEqual({
      found: true,
      kinds: ['helm-values'],
      paths: ['charts/orders/values-preview.yaml'],
      message:
        'Helm values for preview environments in charts/orders/values-preview.yaml',
      values: ['preview'],
    });
  });

  it('finds monitoring with alerts', () => {
    expect(facts.monitoring).toEqual({
      found: true,
      kinds: ['service-monitor', 'prometheus-rule'],
      paths: [
        'deploy/monitoring/service-monitor.yaml',
        'deploy/monitoring/orders-rules.yaml',
      ],
      message:
        'a ServiceMonitor in deploy/monitoring/service-monitor.yaml; ' +
        'a PrometheusRule in deploy/monitoring/orders-rules.yaml',
      values: [],
    });
    expect(facts.alerting).toBe(true);
  });

  it('finds redundancy in replicas, the disruption budget and the zone spread', () => {
    expect(facts.redundancy).toEqual({
      found: true,
      kinds: ['replicas', 'pod-disruption-budget', 'zone-spread'],
      paths: [
        'k8s/base/hpa.yaml',
        'k8s/base/deployment.yaml',
        'charts/orders/values-prod.yaml',
        'charts/orders/values-staging.yaml',
        'deploy/pdb.yaml',
      ],
      message:
        'two or more replicas in k8s/base/hpa.yaml and 3 more; ' +
        'a PodDisruptionBudget in deploy/pdb.yaml; ' +
        'pods spread over zones in k8s/base/deployment.yaml',
      values: [],
    });
  });

  it('finds cost attribution on the worker only', () => {
    expect(facts.costAttribution).toEqual({
      found: true,
      kinds: ['kubernetes-labels'],
      paths: ['k8s/base/deployment.yaml'],
      message: 'cost-attribution labels in k8s/base/deployment.yaml',
      values: [],
    });
  });

  it('claims nothing the repository does not say', () => {
    for (const name of [
      'iac',
      'ci',
      'runbook',
      'regions',
      'backups',
    ] as const) {
      expect(facts[name]).toEqual({
        found: false,
        kinds: [],
        paths: [],
        message: '',
        values: [],
      });
    }
    expect(facts.multiRegion).toBe(false);
    expect(facts.ciDeploys).toBe(false);
  });
});
