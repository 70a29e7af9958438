import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';
import { countOf } from './objects';
import { fixedRangeReason } from './scaleRange';

/**
 * HorizontalPodAutoscalers (any `autoscaling/*` version). One whose
 * `minReplicas` (default 1) is not below `maxReplicas` never scales and is
 * reported as disabled. A `minReplicas` of 2 or more is also redundancy.
 */
export const horizontalPodAutoscalerDetector: Detector = {
  id: 'horizontal-pod-autoscaler',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      if (!isKind(manifest, 'autoscaling', 'HorizontalPodAutoscaler')) {
        continue;
      }
      const min = countOf(manifest.spec.minReplicas) ?? 1;
      const max = countOf(manifest.spec.maxReplicas);
      const disabled = fixedRangeReason('minReplicas', min, 'maxReplicas', max);
      findings.push({
        fact: 'autoscaling',
        kind: 'hpa',
        label: 'a HorizontalPodAutoscaler',
        path: manifest.path,
        ...(disabled ? { disabled } : {}),
      });
      if (min >= 2) {
        findings.push({
          fact: 'redundancy',
          kind: 'replicas',
          label: 'two or more replicas',
          path: manifest.path,
        });
      }
    }
    return oncePerFile(findings);
  },
};
