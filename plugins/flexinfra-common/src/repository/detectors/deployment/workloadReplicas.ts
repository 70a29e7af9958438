import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { manifestsIn, wantsManifests } from './manifests';
import { countOf } from './objects';
import { isReplicated } from './workloads';

/**
 * Workloads that run two or more pods (`spec.replicas` ≥ 2): losing one pod
 * does not take the service down.
 */
export const workloadReplicasDetector: Detector = {
  id: 'workload-replicas',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(
          manifest =>
            isReplicated(manifest) &&
            (countOf(manifest.spec.replicas) ?? 0) >= 2,
        )
        .map(manifest => ({
          fact: 'redundancy',
          kind: 'replicas',
          label: 'two or more replicas',
          path: manifest.path,
        })),
    ),
};
