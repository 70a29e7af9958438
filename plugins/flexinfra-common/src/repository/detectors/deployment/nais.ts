import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import {
  isKind,
  manifestsIn,
  wantsManifests,
  type Manifest,
} from './manifests';
import { countOf, isObject, objectAt } from './objects';
import { fixedRangeReason } from './scaleRange';

/**
 * NAIS's documented replica defaults: `replicas.min` 2 and `replicas.max`
 * 4, scaled by a HorizontalPodAutoscaler on CPU unless
 * `replicas.disableAutoScaling` is true.
 */
const DEFAULT_MIN = 2;
const DEFAULT_MAX = 4;

function scalingOf(manifest: Manifest): Finding[] {
  const replicas = objectAt(manifest.spec, 'replicas');
  const min = countOf(replicas?.min) ?? DEFAULT_MIN;
  const max = countOf(replicas?.max) ?? DEFAULT_MAX;
  const disabled =
    replicas?.disableAutoScaling === true
      ? 'replicas.disableAutoScaling is true'
      : fixedRangeReason('replicas.min', min, 'replicas.max', max);
  const findings: Finding[] = [
    {
      fact: 'autoscaling',
      kind: 'nais',
      label: 'NAIS autoscaling',
      path: manifest.path,
      ...(disabled ? { disabled } : {}),
      ...(!disabled && countOf(replicas?.max) === undefined
        ? {
            defaultApplies: `NAIS scales up to ${DEFAULT_MAX} replicas unless told otherwise`,
          }
        : {}),
      // Kafka consumer lag is a demand signal; CPU is not.
      ...(isObject(objectAt(replicas, 'scalingStrategy')?.kafka)
        ? { demandDriven: true }
        : {}),
    },
  ];
  if (min >= 2) {
    findings.push({
      fact: 'redundancy',
      kind: 'replicas',
      label: 'two or more replicas',
      path: manifest.path,
      ...(countOf(replicas?.min) === undefined
        ? {
            defaultApplies: `NAIS runs at least ${DEFAULT_MIN} replicas unless told otherwise`,
          }
        : {}),
    });
  }
  return findings;
}

/**
 * NAIS Applications (`nais.io/v1alpha1`): deployment on the NAIS platform,
 * its autoscaling (on by default, see above), its replicas, and
 * Prometheus scraping (`prometheus.enabled`).
 */
export const naisDetector: Detector = {
  id: 'nais',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      if (!isKind(manifest, 'nais.io', 'Application')) {
        continue;
      }
      findings.push({
        fact: 'deployment',
        kind: 'nais',
        label: 'a NAIS application',
        path: manifest.path,
      });
      findings.push(...scalingOf(manifest));
      if (objectAt(manifest.spec, 'prometheus')?.enabled === true) {
        findings.push({
          fact: 'monitoring',
          kind: 'nais-prometheus',
          label: 'NAIS Prometheus scraping',
          path: manifest.path,
        });
      }
    }
    return oncePerFile(findings);
  },
};
