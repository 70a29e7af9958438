import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import { manifestsIn, wantsManifests } from './manifests';
import { arrayOf, valueAt } from './objects';
import { podTemplateOf } from './workloads';

/** The node labels that name a zone (the current one and the deprecated one). */
const ZONE_KEYS = new Set([
  'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/zone',
]);

/**
 * Workloads whose pods are spread over zones with
 * `topologySpreadConstraints` on a zone key: a zone outage leaves pods
 * running elsewhere. Spreading over hostnames only is not zone redundancy.
 */
export const zoneSpreadDetector: Detector = {
  id: 'zone-spread',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      const constraints = arrayOf(
        valueAt(podTemplateOf(manifest), 'spec', 'topologySpreadConstraints'),
      );
      const onZone = constraints.some(constraint => {
        const key = valueAt(constraint, 'topologyKey');
        return typeof key === 'string' && ZONE_KEYS.has(key);
      });
      if (onZone) {
        findings.push({
          fact: 'redundancy',
          kind: 'zone-spread',
          label: 'pods spread over zones',
          path: manifest.path,
        });
      }
    }
    return oncePerFile(findings);
  },
};
