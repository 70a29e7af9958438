import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import {
  isCloudRunService,
  isKnativeService,
  knativeScaleOf,
} from './knativeScale';
import { manifestsIn, wantsManifests } from './manifests';
import { fixedRangeReason } from './scaleRange';

/**
 * Knative Services (`serving.knative.dev`, not Cloud Run's: see
 * cloudRunService). Knative Serving autoscales every revision by default
 * (its KPA, on request concurrency, down to zero); a revision whose
 * `max-scale` equals its `min-scale` does not scale. With the HPA class it
 * scales on CPU or memory, not on demand.
 */
export const knativeServiceDetector: Detector = {
  id: 'knative-service',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      if (!isKnativeService(manifest) || isCloudRunService(manifest)) {
        continue;
      }
      findings.push({
        fact: 'deployment',
        kind: 'knative',
        label: 'a Knative Service',
        path: manifest.path,
      });
      const scale = knativeScaleOf(manifest);
      const disabled = fixedRangeReason(
        'min-scale',
        scale.min ?? 0,
        'max-scale',
        scale.max,
      );
      const written =
        scale.min !== undefined || scale.max !== undefined || scale.hpaClass;
      findings.push({
        fact: 'autoscaling',
        kind: 'knative',
        label: 'Knative autoscaling',
        path: manifest.path,
        demandDriven: !scale.hpaClass,
        ...(disabled ? { disabled } : {}),
        ...(!disabled && !written
          ? {
              defaultApplies:
                'Knative scales on request concurrency, down to zero, unless told otherwise',
            }
          : {}),
      });
    }
    return oncePerFile(findings);
  },
};
