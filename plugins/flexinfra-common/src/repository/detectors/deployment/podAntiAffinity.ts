import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import { manifestsIn, wantsManifests } from './manifests';
import { arrayOf, objectAt } from './objects';
import { podTemplateOf } from './workloads';

/**
 * Workloads with a pod anti-affinity (required or preferred): their pods
 * keep apart, so one node or zone does not hold them all.
 */
export const podAntiAffinityDetector: Detector = {
  id: 'pod-anti-affinity',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      const antiAffinity = objectAt(
        podTemplateOf(manifest),
        'spec',
        'affinity',
        'podAntiAffinity',
      );
      const terms = [
        ...arrayOf(
          antiAffinity?.requiredDuringSchedulingIgnoredDuringExecution,
        ),
        ...arrayOf(
          antiAffinity?.preferredDuringSchedulingIgnoredDuringExecution,
        ),
      ];
      if (terms.length > 0) {
        findings.push({
          fact: 'redundancy',
          kind: 'pod-anti-affinity',
          label: 'a pod anti-affinity',
          path: manifest.path,
        });
      }
    }
    return oncePerFile(findings);
  },
};
