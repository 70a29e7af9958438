import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';

/**
 * PodDisruptionBudgets: voluntary disruptions (node drains, upgrades) keep
 * enough pods running.
 */
export const podDisruptionBudgetDetector: Detector = {
  id: 'pod-disruption-budget',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(manifest => isKind(manifest, 'policy', 'PodDisruptionBudget'))
        .map(manifest => ({
          fact: 'redundancy',
          kind: 'pod-disruption-budget',
          label: 'a PodDisruptionBudget',
          path: manifest.path,
        })),
    ),
};
