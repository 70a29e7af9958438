import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';

/**
 * Cartographer Workloads (`carto.run`, as in Tanzu Application Platform):
 * the supply chain builds and deploys the service.
 */
export const cartographerWorkloadDetector: Detector = {
  id: 'cartographer-workload',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(manifest => isKind(manifest, 'carto.run', 'Workload'))
        .map(manifest => ({
          fact: 'deployment',
          kind: 'cartographer',
          label: 'a Cartographer Workload',
          path: manifest.path,
        })),
    ),
};
