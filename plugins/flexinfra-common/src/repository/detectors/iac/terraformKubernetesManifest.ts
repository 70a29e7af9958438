import type { Evidence, ResourceRule } from './resourceRules';
import {
  isBody,
  literalNumber,
  literalString,
  type Body,
} from './terraformFiles';

/** A range that never scales: the minimum is not below a literal maximum. */
export function fixedRange(
  minName: string,
  min: number | undefined,
  maxName: string,
  max: number | undefined,
): Pick<Evidence, 'disabled'> {
  if (min === undefined || max === undefined || min < max) {
    return {};
  }
  return min === max
    ? { disabled: `${minName} equals ${maxName} (${min}), so it never scales` }
    : {
        disabled: `${minName} (${min}) is above ${maxName} (${max}), so it never scales`,
      };
}

/** The map at a path of keys, or undefined. */
function mapAt(value: unknown, ...keys: string[]): Body | undefined {
  let current = value;
  for (const key of keys) {
    current = isBody(current) ? current[key] : undefined;
  }
  return isBody(current) ? current : undefined;
}

/** The maps of a list (an expression or a single value gives none). */
function mapsOf(value: unknown): Body[] {
  return Array.isArray(value) ? value.filter(isBody) : [];
}

/** The node labels that name a zone (the current one and the deprecated one). */
export const ZONE_KEYS: ReadonlySet<string> = new Set([
  'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/zone',
]);

export const REPLICAS: Evidence = {
  fact: 'redundancy',
  kind: 'replicas',
  label: 'two or more replicas',
};

export const ZONE_SPREAD: Evidence = {
  fact: 'redundancy',
  kind: 'zone-spread',
  label: 'pods spread over zones',
};

/** One Kubernetes object as a `kubernetes_manifest` holds it. */
interface ManifestObject {
  kind: string;
  spec: Body;
  metadata: Body;
}

/** What an object of one kind proves. */
type KindRule = (object: ManifestObject) => Evidence[];

function keda(object: ManifestObject): Evidence[] {
  const paused =
    literalString(
      mapAt(object.metadata, 'annotations')?.['autoscaling.keda.sh/paused'],
    ) === 'true';
  // A ScaledObject scales between minReplicaCount (default 0) and maxReplicaCount.
  const range =
    object.kind === 'ScaledObject'
      ? fixedRange(
          'minReplicaCount',
          object.spec.minReplicaCount === undefined
            ? 0
            : literalNumber(object.spec.minReplicaCount),
          'maxReplicaCount',
          literalNumber(object.spec.maxReplicaCount),
        )
      : {};
  return [
    {
      fact: 'autoscaling',
      kind: 'keda',
      label: `a KEDA ${object.kind} in Terraform`,
      demandDriven: true,
      ...range,
      ...(paused
        ? { disabled: 'it is paused (autoscaling.keda.sh/paused is "true")' }
        : {}),
    },
  ];
}

function horizontalPodAutoscaler(object: ManifestObject): Evidence[] {
  const min =
    object.spec.minReplicas === undefined
      ? 1
      : literalNumber(object.spec.minReplicas);
  return [
    {
      fact: 'autoscaling',
      kind: 'hpa',
      label: 'a HorizontalPodAutoscaler in Terraform',
      ...fixedRange(
        'minReplicas',
        min,
        'maxReplicas',
        literalNumber(object.spec.maxReplicas),
      ),
    },
    ...(min !== undefined && min >= 2 ? [REPLICAS] : []),
  ];
}

function workload(object: ManifestObject): Evidence[] {
  const template =
    object.kind === 'CronJob'
      ? mapAt(object.spec, 'jobTemplate', 'spec', 'template')
      : mapAt(object.spec, 'template');
  const spread = mapsOf(
    mapAt(template, 'spec')?.topologySpreadConstraints,
  ).some(constraint =>
    ZONE_KEYS.has(literalString(constraint.topologyKey) ?? ''),
  );
  const replicas = literalNumber(object.spec.replicas);
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

function prometheusRule(object: ManifestObject): Evidence[] {
  const alerting = mapsOf(object.spec.groups).some(group =>
    mapsOf(group.rules).some(rule => typeof rule.alert === 'string'),
  );
  return [
    {
      fact: 'monitoring',
      kind: 'prometheus-rule',
      label: 'a PrometheusRule in Terraform',
      alerting,
    },
  ];
}

function serviceMonitor(object: ManifestObject): Evidence[] {
  return [
    {
      fact: 'monitoring',
      kind: 'service-monitor',
      label: `a ${object.kind} in Terraform`,
    },
  ];
}

/**
 * The kinds read, each with the API groups it belongs to. A
 * PodDisruptionBudget is left out on purpose: a module may write one
 * for a single replica, so alone it proves no redundancy.
 */
const KINDS: Readonly<Record<string, { groups: string[]; rule: KindRule }>> = {
  ScaledObject: { groups: ['keda.sh'], rule: keda },
  ScaledJob: { groups: ['keda.sh'], rule: keda },
  HorizontalPodAutoscaler: {
    groups: ['autoscaling'],
    rule: horizontalPodAutoscaler,
  },
  Deployment: { groups: ['apps', 'extensions'], rule: workload },
  StatefulSet: { groups: ['apps'], rule: workload },
  DaemonSet: { groups: ['apps', 'extensions'], rule: workload },
  CronJob: { groups: ['batch'], rule: workload },
  Rollout: { groups: ['argoproj.io'], rule: workload },
  PrometheusRule: { groups: ['monitoring.coreos.com'], rule: prometheusRule },
  ServiceMonitor: { groups: ['monitoring.coreos.com'], rule: serviceMonitor },
  PodMonitor: { groups: ['monitoring.coreos.com'], rule: serviceMonitor },
};

/**
 * A `kubernetes_manifest` whose `manifest` is written as an object: read
 * by its `kind` like the same object in a YAML manifest. A literal
 * `apiVersion` must be in the kind's API group; an expression is not
 * checked. A manifest read from a file (`yamldecode(file(…))`) is an
 * expression and is not read. Values given as expressions
 * (`"${var.min}"`) are unknown: they neither disable nor prove anything.
 */
export const kubernetesManifestRule: ResourceRule = body => {
  const manifest = body.manifest;
  if (!isBody(manifest)) {
    return undefined;
  }
  const kind = literalString(manifest.kind);
  const known =
    kind !== undefined && Object.prototype.hasOwnProperty.call(KINDS, kind)
      ? KINDS[kind]
      : undefined;
  if (!kind || !known) {
    return undefined;
  }
  const apiVersion = literalString(manifest.apiVersion);
  if (apiVersion !== undefined) {
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    if (!known.groups.includes(group)) {
      return undefined;
    }
  }
  return known.rule({
    kind,
    spec: mapAt(manifest, 'spec') ?? {},
    metadata: mapAt(manifest, 'metadata') ?? {},
  });
};
