import type { Detector, Finding } from '../../types';
import {
  baseValuesOf,
  helmValuesRoleOf,
  isOwnHelmValues,
  valuesByPath,
} from './helmValues';
import { countOf, objectAt } from './objects';

/**
 * Two or more replicas in a chart's values: `replicaCount` ≥ 2, or
 * autoscaling enabled with `autoscaling.minReplicas` ≥ 2.
 */
export const helmValuesReplicasDetector: Detector = {
  id: 'helm-values-replicas',
  wants: path => (helmValuesRoleOf(path) ? 'yaml' : undefined),
  detect: ({ files, listing }) => {
    const byPath = valuesByPath(files);
    const findings: Finding[] = [];
    for (const [path, values] of byPath) {
      if (!isOwnHelmValues(path, listing)) {
        continue;
      }
      const autoscaling = objectAt(values, 'autoscaling');
      const baseAutoscaling = objectAt(
        baseValuesOf(path, byPath),
        'autoscaling',
      );
      const scalingFrom =
        autoscaling?.enabled === true
          ? countOf(autoscaling.minReplicas ?? baseAutoscaling?.minReplicas)
          : undefined;
      if ((countOf(values.replicaCount) ?? 0) >= 2 || (scalingFrom ?? 0) >= 2) {
        findings.push({
          fact: 'redundancy',
          kind: 'replicas',
          label: 'two or more replicas',
          path,
        });
      }
    }
    return findings;
  },
};
