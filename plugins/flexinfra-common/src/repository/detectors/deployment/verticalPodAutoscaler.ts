import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';
import { valueAt } from './objects';

/**
 * VerticalPodAutoscalers: pods' requests follow their use. With
 * `updatePolicy.updateMode: "Off"` it only recommends, and is disabled.
 */
export const verticalPodAutoscalerDetector: Detector = {
  id: 'vertical-pod-autoscaler',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      if (!isKind(manifest, 'autoscaling.k8s.io', 'VerticalPodAutoscaler')) {
        continue;
      }
      const off =
        valueAt(manifest.spec, 'updatePolicy', 'updateMode') === 'Off';
      findings.push({
        fact: 'autoscaling',
        kind: 'vpa',
        label: 'a VerticalPodAutoscaler',
        path: manifest.path,
        ...(off
          ? { disabled: 'updateMode is "Off", so it only recommends' }
          : {}),
      });
    }
    return oncePerFile(findings);
  },
};
