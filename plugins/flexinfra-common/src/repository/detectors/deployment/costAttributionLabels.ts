import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import {
  annotationsOf,
  isKind,
  labelsOf,
  manifestsIn,
  wantsManifests,
} from './manifests';
import { hasCostAttribution } from '../shared/costAttributionKeys';
import { podTemplateOf, isWorkload } from './workloads';

/**
 * Cost-attribution labels or annotations (cost center, billing, chargeback)
 * on workloads, their pod templates, or the Namespaces they run in: cost
 * tools such as Kubecost and OpenCost group spend by them.
 */
export const costAttributionLabelsDetector: Detector = {
  id: 'cost-attribution-labels',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(manifest => {
          if (!isWorkload(manifest) && !isKind(manifest, '', 'Namespace')) {
            return false;
          }
          const metadatas = [
            manifest.metadata,
            podTemplateOf(manifest)?.metadata,
          ];
          return metadatas.some(
            metadata =>
              hasCostAttribution(labelsOf(metadata)) ||
              hasCostAttribution(annotationsOf(metadata)),
          );
        })
        .map(manifest => ({
          fact: 'costAttribution',
          kind: 'kubernetes-labels',
          label: 'cost-attribution labels',
          path: manifest.path,
        })),
    ),
};
