import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import {
  annotationsOf,
  isKind,
  manifestsIn,
  wantsManifests,
  type Manifest,
} from './manifests';
import { countOf } from './objects';
import { fixedRangeReason } from './scaleRange';

/** Why a ScaledObject or ScaledJob does not scale, or undefined when it does. */
function whyNotScaling(manifest: Manifest): string | undefined {
  const annotations = annotationsOf(manifest.metadata);
  if (annotations['autoscaling.keda.sh/paused'] === 'true') {
    return 'it is paused (autoscaling.keda.sh/paused is "true")';
  }
  if (manifest.kind !== 'ScaledObject') {
    return undefined;
  }
  return fixedRangeReason(
    'minReplicaCount',
    countOf(manifest.spec.minReplicaCount) ?? 0,
    'maxReplicaCount',
    countOf(manifest.spec.maxReplicaCount),
  );
}

/**
 * KEDA ScaledObjects and ScaledJobs: scaling on demand signals (queue
 * length, lag, request rate). A paused one
 * (`autoscaling.keda.sh/paused: "true"`) or one whose `minReplicaCount` is
 * not below `maxReplicaCount` does not scale.
 */
export const kedaScaledObjectDetector: Detector = {
  id: 'keda',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      if (!isKind(manifest, 'keda.sh', 'ScaledObject', 'ScaledJob')) {
        continue;
      }
      const disabled = whyNotScaling(manifest);
      findings.push({
        fact: 'autoscaling',
        kind: 'keda',
        label: `a KEDA ${manifest.kind}`,
        path: manifest.path,
        demandDriven: true,
        ...(disabled ? { disabled } : {}),
      });
    }
    return oncePerFile(findings);
  },
};
