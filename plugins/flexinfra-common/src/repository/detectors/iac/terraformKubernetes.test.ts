import { analyzeWith, warmUpHclParser } from './__testUtils__/analyzeWith';
import { terraformKubernetesDetector } from './terraformKubernetes';

const analyze = (files: Record<string, string>) =>
  analyzeWith([terraformKubernetesDetector], files).then(r => r.facts);

const hpa = (type: string, spec: string[]) =>
  [
    `resource "${type}" "api" {`,
    '  metadata {',
    '    name = var.name',
    '  }',
    '  spec {',
    ...spec.map(line => `    ${line}`),
    '    scale_target_ref {',
    '      kind = "Deployment"',
    '      name = var.name',
    '    }',
    '  }',
    '}',
  ].join('\n');

describe('terraformKubernetesDetector', () => {
  beforeAll(warmUpHclParser, 60_000);

  it('finds HorizontalPodAutoscalers of every version, with ranges as expressions', async () => {
    const facts = await analyze({
      'infra/api/autoscaling.tf': hpa(
        'kubernetes_horizontal_pod_autoscaler_v2',
        ['min_replicas = var.min_replicas', 'max_replicas = var.max_replicas'],
      ),
      'infra/old/hpa.tf': hpa('kubernetes_horizontal_pod_autoscaler', [
        'max_replicas = 5',
      ]),
      'infra/v1/hpa.tf': hpa('kubernetes_horizontal_pod_autoscaler_v1', [
        'min_replicas = "${var.min}"',
        'max_replicas = 1',
      ]),
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['hpa'],
      paths: [
        'infra/api/autoscaling.tf',
        'infra/old/hpa.tf',
        'infra/v1/hpa.tf',
      ],
      message:
        'a HorizontalPodAutoscaler in Terraform in infra/api/autoscaling.tf and 2 more',
      values: [],
    });
    expect(facts.redundancy.found).toBe(false);
  });

  it('says an autoscaler whose min_replicas (default 1) equals max_replicas never scales', async () => {
    const byDefault = await analyze({
      'infra/hpa.tf': hpa('kubernetes_horizontal_pod_autoscaler_v2', [
        'max_replicas = 1',
      ]),
    });
    expect(byDefault.autoscaling).toEqual({
      found: false,
      kinds: [],
      paths: ['infra/hpa.tf'],
      message:
        'a HorizontalPodAutoscaler in Terraform in infra/hpa.tf, but it is disabled: min_replicas equals max_replicas (1), so it never scales',
      values: [],
    });
    const written = await analyze({
      'infra/fixed.tf': hpa('kubernetes_horizontal_pod_autoscaler_v1', [
        'min_replicas = 3',
        'max_replicas = 3',
      ]),
    });
    expect(written.autoscaling.found).toBe(false);
    expect(written.autoscaling.message).toContain(
      'min_replicas equals max_replicas (3), so it never scales',
    );
  });

  it('counts an autoscaler that keeps two or more replicas as redundancy', async () => {
    const facts = await analyze({
      'infra/hpa.tf': hpa('kubernetes_horizontal_pod_autoscaler_v2', [
        'min_replicas = 2',
        'max_replicas = 8',
      ]),
    });
    expect(facts.autoscaling.found).toBe(true);
    expect(facts.redundancy.kinds).toEqual(['replicas']);
  });

  it('reads a KEDA ScaledObject written inline in a kubernetes_manifest', async () => {
    const facts = await analyze({
      'infra/worker/autoscaling.tf': [
        'resource "kubernetes_manifest" "scaled_object" {',
        '  manifest = {',
        '    apiVersion = "keda.sh/v1alpha1"',
        '    kind       = "ScaledObject"',
        '    metadata = {',
        '      name      = var.name',
        '      namespace = var.namespace',
        '    }',
        '    spec = {',
        '      scaleTargetRef  = { name = var.name }',
        '      minReplicaCount = var.min_replicas',
        '      maxReplicaCount = var.max_replicas',
        '      triggers = [{',
        '        type     = "aws-sqs-queue"',
        '        metadata = { queueURL = data.aws_sqs_queue.demand.url }',
        '      }]',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['keda'],
      paths: ['infra/worker/autoscaling.tf'],
      message:
        'a KEDA ScaledObject in Terraform in infra/worker/autoscaling.tf',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
  });

  it('reads HPAs, workloads and Prometheus objects in kubernetes_manifest, in HCL and JSON', async () => {
    const facts = await analyze({
      'infra/manifests.tf': [
        'resource "kubernetes_manifest" "hpa" {',
        '  manifest = {',
        '    apiVersion = "autoscaling/v2"',
        '    kind       = "HorizontalPodAutoscaler"',
        '    spec       = { minReplicas = 2, maxReplicas = 2 }',
        '  }',
        '}',
        'resource "kubernetes_manifest" "rollout" {',
        '  manifest = {',
        '    apiVersion = "argoproj.io/v1alpha1"',
        '    kind       = "Rollout"',
        '    spec = {',
        '      replicas = 3',
        '      template = { spec = { topologySpreadConstraints = [{',
        '        maxSkew     = 1',
        '        topologyKey = "topology.kubernetes.io/zone"',
        '      }] } }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'infra/alerts.tf.json': JSON.stringify({
        resource: {
          kubernetes_manifest: {
            alerts: {
              manifest: {
                apiVersion: 'monitoring.coreos.com/v1',
                kind: 'PrometheusRule',
                spec: {
                  groups: [
                    {
                      name: 'api',
                      rules: [{ alert: 'HighErrorRate', expr: 'x > 1' }],
                    },
                  ],
                },
              },
            },
          },
        },
      }),
      'infra/monitor.tf': [
        'resource "kubernetes_manifest" "monitor" {',
        '  manifest = {',
        '    apiVersion = "monitoring.coreos.com/v1"',
        '    kind       = "ServiceMonitor"',
        '    spec       = { endpoints = [{ port = "http" }] }',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toContain(
      'minReplicas equals maxReplicas (2), so it never scales',
    );
    expect(facts.deployment).toMatchObject({
      found: true,
      kinds: ['kubernetes'],
      paths: ['infra/manifests.tf'],
    });
    expect([...facts.redundancy.kinds].sort()).toEqual([
      'replicas',
      'zone-spread',
    ]);
    expect(facts.monitoring).toMatchObject({
      found: true,
      kinds: ['prometheus-rule', 'service-monitor'],
      paths: ['infra/alerts.tf.json', 'infra/monitor.tf'],
    });
    expect(facts.alerting).toBe(true);
  });

  it('skips manifests it cannot read, foreign API groups and PodDisruptionBudgets', async () => {
    const facts = await analyze({
      'infra/manifests.tf': [
        'resource "kubernetes_manifest" "from_file" {',
        '  manifest = yamldecode(file("${path.module}/hpa.yaml"))',
        '}',
        'resource "kubernetes_manifest" "other_vendor" {',
        '  manifest = {',
        '    apiVersion = "example.com/v1"',
        '    kind       = "ScaledObject"',
        '  }',
        '}',
        'resource "kubernetes_manifest" "pdb" {',
        '  manifest = {',
        '    apiVersion = "policy/v1"',
        '    kind       = "PodDisruptionBudget"',
        '    spec       = { minAvailable = 1 }',
        '  }',
        '}',
        'resource "kubernetes_manifest" "recording" {',
        '  manifest = {',
        '    apiVersion = "monitoring.coreos.com/v1"',
        '    kind       = "PrometheusRule"',
        '    spec = { groups = [{ name = "api", rules = [{ record = "x:rate5m", expr = "x" }] }] }',
        '  }',
        '}',
      ].join('\n'),
      'infra/pdb.tf': [
        'resource "kubernetes_pod_disruption_budget_v1" "api" {',
        '  metadata {',
        '    name = "api"',
        '  }',
        '  spec {',
        '    min_available = 1',
        '  }',
        '}',
        'resource "kubernetes_pod_disruption_budget" "old" {',
        '  spec {',
        '    max_unavailable = "50%"',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.paths).toEqual([]);
    expect(facts.redundancy.found).toBe(false);
    expect(facts.redundancy.paths).toEqual([]);
    expect(facts.monitoring.kinds).toEqual(['prometheus-rule']);
    expect(facts.alerting).toBe(false);
  });

  it('finds workloads, and their replicas and zone spread', async () => {
    const facts = await analyze({
      'infra/api/main.tf': [
        'resource "kubernetes_deployment_v1" "this" {',
        '  metadata {',
        '    name = var.name',
        '  }',
        '  spec {',
        '    replicas = var.replicas',
        '    template {',
        '      spec {',
        '        topology_spread_constraint {',
        '          max_skew           = 1',
        '          topology_key       = "topology.kubernetes.io/zone"',
        '          when_unsatisfiable = "DoNotSchedule"',
        '        }',
        '        container {',
        '          name  = var.name',
        '          image = var.image',
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'infra/db/main.tf': [
        'resource "kubernetes_stateful_set" "db" {',
        '  spec {',
        '    replicas = 3',
        '    template {',
        '      spec {',
        '        topology_spread_constraint {',
        '          topology_key = "kubernetes.io/hostname"',
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'infra/jobs/main.tf': [
        'resource "kubernetes_cron_job_v1" "nightly" {',
        '  spec {',
        '    schedule = "0 3 * * *"',
        '    job_template {',
        '      spec {',
        '        template {',
        '          spec {',
        '            topology_spread_constraint {',
        '              topology_key = "failure-domain.beta.kubernetes.io/zone"',
        '            }',
        '          }',
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
        'resource "kubernetes_daemonset" "agent" {',
        '  spec {}',
        '}',
      ].join('\n'),
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['kubernetes'],
      paths: ['infra/api/main.tf', 'infra/db/main.tf', 'infra/jobs/main.tf'],
      message:
        'a Kubernetes workload in Terraform in infra/api/main.tf and 2 more',
      values: [],
    });
    expect(facts.redundancy.found).toBe(true);
    expect([...facts.redundancy.kinds].sort()).toEqual([
      'replicas',
      'zone-spread',
    ]);
    expect([...facts.redundancy.paths].sort()).toEqual([
      'infra/api/main.tf',
      'infra/db/main.tf',
      'infra/jobs/main.tf',
    ]);
  });

  it('does not count one replica or a spread over hosts as redundancy', async () => {
    const facts = await analyze({
      'infra/main.tf': [
        'resource "kubernetes_deployment" "api" {',
        '  spec {',
        '    replicas = 1',
        '    template {',
        '      spec {',
        '        topology_spread_constraint {',
        '          topology_key = "kubernetes.io/hostname"',
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
        'resource "kubernetes_service_v1" "api" {',
        '  spec {',
        '    port {',
        '      port = 80',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(facts.deployment.found).toBe(true);
    expect(facts.redundancy.found).toBe(false);
    expect(facts.redundancy.paths).toEqual([]);
  });

  it('finds Helm releases, and nothing in files that only mention them', async () => {
    const facts = await analyze({
      'infra/platform/ingress.tf': [
        'resource "helm_release" "ingress" {',
        '  name       = "ingress-nginx"',
        '  chart      = "ingress-nginx"',
        '  repository = var.chart_repository',
        '}',
      ].join('\n'),
      'infra/platform/outputs.tf':
        'output "release" {\n  value = helm_release.ingress.name\n}\n',
      'docs/helm_release.md': 'resource "helm_release" "x" {}\n',
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['helm'],
      paths: ['infra/platform/ingress.tf'],
      message: 'a Helm release in Terraform in infra/platform/ingress.tf',
      values: [],
    });
  });
});
