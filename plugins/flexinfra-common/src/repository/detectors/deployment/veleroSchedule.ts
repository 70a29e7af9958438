import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';

/** Velero Schedules: the cluster's resources and volumes are backed up on a schedule. */
export const veleroScheduleDetector: Detector = {
  id: 'velero-schedule',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(manifest => isKind(manifest, 'velero.io', 'Schedule'))
        .map(manifest => ({
          fact: 'backups',
          kind: 'velero',
          label: 'a Velero backup schedule',
          path: manifest.path,
          ...(manifest.spec.paused === true
            ? { disabled: 'the schedule is paused' }
            : {}),
        })),
    ),
};
