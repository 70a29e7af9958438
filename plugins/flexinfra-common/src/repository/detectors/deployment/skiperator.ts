import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import {
  isKind,
  manifestsIn,
  wantsManifests,
  type Manifest,
} from './manifests';
import { countOf, isObject } from './objects';
import { fixedRangeReason } from './scaleRange';

/**
 * Skiperator's documented replica defaults (its Application API reference):
 * without `replicas` an Application gets `min: 2`, `max: 5`,
 * `targetCpuUtilization: 80`, and a HorizontalPodAutoscaler when
 * `0 < min < max`. A plain number (`replicas: 3`) is a fixed count.
 */
const DEFAULT_MIN = 2;
const DEFAULT_MAX = 5;

function scalingOf(manifest: Manifest): Finding[] {
  const replicas = manifest.spec.replicas;
  const fixed = countOf(replicas);
  const written = isObject(replicas) ? replicas : undefined;
  const min =
    fixed ?? (written ? countOf(written.min) : undefined) ?? DEFAULT_MIN;
  const max = (written ? countOf(written.max) : undefined) ?? DEFAULT_MAX;
  let disabled: string | undefined;
  if (fixed !== undefined) {
    disabled = `replicas is a fixed number (${fixed})`;
  } else if (min === 0) {
    disabled = 'replicas.min is 0, so no HorizontalPodAutoscaler is made';
  } else {
    disabled = fixedRangeReason('replicas.min', min, 'replicas.max', max);
  }
  const defaultApplies =
    replicas === undefined || replicas === null
      ? `Skiperator scales between ${DEFAULT_MIN} and ${DEFAULT_MAX} replicas unless told otherwise`
      : undefined;
  const findings: Finding[] = [
    {
      fact: 'autoscaling',
      kind: 'skiperator',
      label: 'Skiperator autoscaling',
      path: manifest.path,
      ...(disabled ? { disabled } : {}),
      ...(defaultApplies ? { defaultApplies } : {}),
    },
  ];
  if (min >= 2) {
    findings.push({
      fact: 'redundancy',
      kind: 'replicas',
      label: 'two or more replicas',
      path: manifest.path,
      ...(defaultApplies
        ? {
            defaultApplies: `Skiperator runs at least ${DEFAULT_MIN} replicas unless told otherwise`,
          }
        : {}),
    });
  }
  return findings;
}

/**
 * Skiperator Applications (`skiperator.kartverket.no`): deployment on
 * Kartverket's SKIP platform, its autoscaling (on by default, see above),
 * its replicas, and Prometheus scraping (`prometheus`).
 */
export const skiperatorDetector: Detector = {
  id: 'skiperator',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      if (!isKind(manifest, 'skiperator.kartverket.no', 'Application')) {
        continue;
      }
      findings.push({
        fact: 'deployment',
        kind: 'skiperator',
        label: 'a Skiperator application',
        path: manifest.path,
      });
      findings.push(...scalingOf(manifest));
      if (isObject(manifest.spec.prometheus)) {
        findings.push({
          fact: 'monitoring',
          kind: 'skiperator-prometheus',
          label: 'Skiperator Prometheus scraping',
          path: manifest.path,
        });
      }
    }
    return oncePerFile(findings);
  },
};
