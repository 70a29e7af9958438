import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isCloudRunService, knativeScaleOf } from './knativeScale';
import { isKind, labelsOf, manifestsIn, wantsManifests } from './manifests';
import { fixedRangeReason } from './scaleRange';

/** Cloud Run's documented default bounds for a service's instances. */
const DEFAULT_MAX_INSTANCES = 100;

/**
 * Cloud Run services and jobs as YAML (`gcloud run services replace`):
 * deployment on Cloud Run; its autoscaling (on by default, on requests,
 * from zero to 100 instances; not when `maxScale` equals `minScale`); its
 * region (the `cloud.googleapis.com/location` label).
 */
export const cloudRunServiceDetector: Detector = {
  id: 'cloud-run-service',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      const job = isKind(manifest, 'run.googleapis.com', 'Job');
      if (!job && !isCloudRunService(manifest)) {
        continue;
      }
      findings.push({
        fact: 'deployment',
        kind: 'cloud-run',
        label: job ? 'a Cloud Run job' : 'a Cloud Run service',
        path: manifest.path,
      });
      const region = labelsOf(manifest.metadata)[
        'cloud.googleapis.com/location'
      ];
      if (region) {
        findings.push({
          fact: 'regions',
          kind: 'cloud-run',
          label: 'a Cloud Run location',
          path: manifest.path,
          values: [region],
        });
      }
      if (job) {
        continue;
      }
      const scale = knativeScaleOf(manifest);
      const disabled = fixedRangeReason(
        'minScale',
        scale.min ?? 0,
        'maxScale',
        scale.max,
      );
      findings.push({
        fact: 'autoscaling',
        kind: 'cloud-run',
        label: 'Cloud Run autoscaling',
        path: manifest.path,
        demandDriven: true,
        ...(disabled ? { disabled } : {}),
        ...(!disabled && scale.min === undefined && scale.max === undefined
          ? {
              defaultApplies: `Cloud Run scales on requests between 0 and ${DEFAULT_MAX_INSTANCES} instances unless told otherwise`,
            }
          : {}),
      });
    }
    return oncePerFile(findings);
  },
};
