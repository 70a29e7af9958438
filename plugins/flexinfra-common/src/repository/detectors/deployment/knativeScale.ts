import { annotationsOf, isKind, labelsOf, type Manifest } from './manifests';
import { countOf, objectAt } from './objects';

/** How a Knative (or Cloud Run) revision template bounds its scale. */
export interface KnativeScale {
  /** `autoscaling.knative.dev/min-scale` (or `minScale`), when written. */
  min?: number;
  /** `autoscaling.knative.dev/max-scale` (or `maxScale`), when written and not 0 (0 means no limit). */
  max?: number;
  /** Whether the class is Kubernetes' HPA (CPU or memory) rather than Knative's KPA (requests). */
  hpaClass: boolean;
}

const PREFIX = 'autoscaling.knative.dev/';

/** The scale annotations of a Knative Service's revision template. */
export function knativeScaleOf(manifest: Manifest): KnativeScale {
  const annotations = annotationsOf(
    objectAt(manifest.spec, 'template', 'metadata'),
  );
  const read = (...names: string[]) =>
    names
      .map(name => countOf(annotations[PREFIX + name]))
      .find(value => value !== undefined);
  const max = read('max-scale', 'maxScale');
  return {
    min: read('min-scale', 'minScale'),
    max: max === 0 ? undefined : max,
    hpaClass: (annotations[`${PREFIX}class`] ?? '').startsWith('hpa.'),
  };
}

/** Whether a map has a Cloud Run key (`run.googleapis.com/…`). */
function hasCloudRunKey(map: Record<string, string>): boolean {
  return Object.keys(map).some(
    key =>
      key.startsWith('run.googleapis.com/') ||
      key === 'cloud.googleapis.com/location',
  );
}

/** Whether a manifest is a Knative Service (Knative's own, or Cloud Run's). */
export function isKnativeService(manifest: Manifest): boolean {
  return isKind(manifest, 'serving.knative.dev', 'Service');
}

/**
 * Whether a Knative Service is a Cloud Run service: Cloud Run's YAML
 * carries `run.googleapis.com/…` annotations or labels, or a
 * `cloud.googleapis.com/location` label.
 */
export function isCloudRunService(manifest: Manifest): boolean {
  if (!isKnativeService(manifest)) {
    return false;
  }
  const template = objectAt(manifest.spec, 'template', 'metadata');
  return [
    annotationsOf(manifest.metadata),
    labelsOf(manifest.metadata),
    annotationsOf(template),
    labelsOf(template),
  ].some(hasCloudRunKey);
}
