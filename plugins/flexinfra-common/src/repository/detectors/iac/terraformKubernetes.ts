import { sameRule, type Evidence, type ResourceRules } from './resourceRules';
import {
  fixedRange,
  kubernetesManifestRule,
  REPLICAS,
  ZONE_KEYS,
  ZONE_SPREAD,
} from './terraformKubernetesManifest';
import { terraformResourceDetector } from './terraformResourceDetector';
import {
  blocksOf,
  firstBlock,
  literalNumber,
  literalString,
  type Body,
} from './terraformFiles';

/** A resource type of the Kubernetes provider, with its `_v1` (and more) versions. */
function versioned(types: readonly string[], versions = ['_v1']): string[] {
  return types.flatMap(type => [
    type,
    ...versions.map(version => `${type}${version}`),
  ]);
}

/** The first block at a path of nested block names, e.g. `spec.template`. */
function blockAt(body: Body | undefined, ...names: string[]): Body | undefined {
  let current = body;
  for (const name of names) {
    current = current ? firstBlock(current, name) : undefined;
  }
  return current;
}

/**
 * A HorizontalPodAutoscaler: `spec.min_replicas` (default 1) not below a
 * literal `spec.max_replicas` never scales. A minimum of two or more also
 * keeps two or more replicas running.
 */
function horizontalPodAutoscaler(body: Body): Evidence[] {
  const spec = firstBlock(body, 'spec') ?? {};
  const min =
    spec.min_replicas === undefined ? 1 : literalNumber(spec.min_replicas);
  return [
    {
      fact: 'autoscaling',
      kind: 'hpa',
      label: 'a HorizontalPodAutoscaler in Terraform',
      ...fixedRange(
        'min_replicas',
        min,
        'max_replicas',
        literalNumber(spec.max_replicas),
      ),
    },
    ...(min !== undefined && min >= 2 ? [REPLICAS] : []),
  ];
}

/**
 * A workload: a Kubernetes deployment; two or more literal `replicas`, or
 * a `topology_spread_constraint` over zones in its pod template, are
 * redundancy. A CronJob's pod template sits under its job template.
 */
function workload(body: Body, podTemplate: Body | undefined): Evidence[] {
  const replicas = literalNumber(firstBlock(body, 'spec')?.replicas);
  const podSpec = blockAt(podTemplate, 'spec');
  const spread = blocksOf(podSpec?.topology_spread_constraint).some(
    constraint => ZONE_KEYS.has(literalString(constraint.topology_key) ?? ''),
  );
  return [
    {
      fact: 'deployment',
      kind: 'kubernetes',
      label: 'a Kubernetes workload in Terraform',
    },
    ...(replicas !== undefined && replicas >= 2 ? [REPLICAS] : []),
    ...(spread ? [ZONE_SPREAD] : []),
  ];
}

const RULES: ResourceRules = {
  ...sameRule(
    versioned(['kubernetes_horizontal_pod_autoscaler'], ['_v1', '_v2']),
    horizontalPodAutoscaler,
  ),
  ...sameRule(
    versioned([
      'kubernetes_deployment',
      'kubernetes_stateful_set',
      'kubernetes_daemon_set',
    ]).concat('kubernetes_daemonset'),
    body => workload(body, blockAt(body, 'spec', 'template')),
  ),
  ...sameRule(versioned(['kubernetes_cron_job']), body =>
    workload(body, blockAt(body, 'spec', 'job_template', 'spec', 'template')),
  ),
  kubernetes_manifest: kubernetesManifestRule,
  helm_release: () => ({
    fact: 'deployment',
    kind: 'helm',
    label: 'a Helm release in Terraform',
  }),
};

/**
 * Kubernetes written as Terraform, through the Kubernetes and Helm
 * providers: workloads (deployments, stateful sets, daemon sets, cron
 * jobs) and their replicas and zone spread, HorizontalPodAutoscalers,
 * Helm releases, and objects written inline in a `kubernetes_manifest`
 * (KEDA ScaledObjects, HPAs, workloads, Prometheus Operator rules and
 * monitors). A PodDisruptionBudget alone proves no redundancy and is not
 * read.
 */
export const terraformKubernetesDetector = terraformResourceDetector(
  'terraform-kubernetes',
  RULES,
);
