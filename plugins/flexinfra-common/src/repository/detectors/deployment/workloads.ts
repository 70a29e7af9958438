import type { Manifest } from './manifests';
import { objectAt, type PlainObject } from './objects';

/**
 * The kinds that run a service's pods, by API group: the Kubernetes
 * workload controllers, Argo Rollouts and OpenShift DeploymentConfigs. A
 * Service, ConfigMap or Ingress alone runs nothing.
 */
const WORKLOAD_KINDS: Record<string, readonly string[]> = {
  apps: ['Deployment', 'StatefulSet', 'DaemonSet'],
  extensions: ['Deployment', 'DaemonSet'],
  batch: ['CronJob'],
  'argoproj.io': ['Rollout'],
  'apps.openshift.io': ['DeploymentConfig'],
};

/** Whether a manifest is a workload that runs the service's pods. */
export function isWorkload(manifest: Manifest): boolean {
  return WORKLOAD_KINDS[manifest.group]?.includes(manifest.kind) ?? false;
}

/** Kinds whose `spec.replicas` says how many pods run. */
const REPLICATED_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'Rollout',
  'DeploymentConfig',
]);

/** Whether a workload kind has a `spec.replicas`. */
export function isReplicated(manifest: Manifest): boolean {
  return isWorkload(manifest) && REPLICATED_KINDS.has(manifest.kind);
}

/**
 * The pod template of a workload (`spec.template`, or a CronJob's
 * `spec.jobTemplate.spec.template`), or undefined.
 */
export function podTemplateOf(manifest: Manifest): PlainObject | undefined {
  if (!isWorkload(manifest)) {
    return undefined;
  }
  if (manifest.kind === 'CronJob') {
    return objectAt(manifest.spec, 'jobTemplate', 'spec', 'template');
  }
  return objectAt(manifest.spec, 'template');
}
