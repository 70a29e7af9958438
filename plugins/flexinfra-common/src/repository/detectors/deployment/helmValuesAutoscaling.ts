import type { Detector, Finding } from '../../types';
import {
  baseValuesOf,
  helmValuesRoleOf,
  isOwnHelmValues,
  valuesByPath,
} from './helmValues';
import { countOf, objectAt } from './objects';
import { fixedRangeReason } from './scaleRange';

/**
 * Autoscaling switched in a chart's values, the way `helm create` lays it
 * out: `autoscaling.enabled`, `autoscaling.minReplicas`,
 * `autoscaling.maxReplicas`. A per-environment file takes the bounds it
 * leaves out from the chart's `values.yaml`. `enabled: false`, or bounds
 * that do not allow scaling, is reported as disabled.
 */
export const helmValuesAutoscalingDetector: Detector = {
  id: 'helm-values-autoscaling',
  wants: path => (helmValuesRoleOf(path) ? 'yaml' : undefined),
  detect: ({ files, listing }) => {
    const byPath = valuesByPath(files);
    const findings: Finding[] = [];
    for (const [path, values] of byPath) {
      if (!isOwnHelmValues(path, listing)) {
        continue;
      }
      const autoscaling = objectAt(values, 'autoscaling');
      if (typeof autoscaling?.enabled !== 'boolean') {
        continue;
      }
      const base = objectAt(baseValuesOf(path, byPath), 'autoscaling');
      const bound = (key: string) => countOf(autoscaling[key] ?? base?.[key]);
      const tooNarrow = fixedRangeReason(
        'autoscaling.minReplicas',
        bound('minReplicas'),
        'autoscaling.maxReplicas',
        bound('maxReplicas'),
      );
      const disabled = !autoscaling.enabled
        ? "autoscaling.enabled is false in the chart's values"
        : tooNarrow && `${tooNarrow} (in the chart's values)`;
      findings.push({
        fact: 'autoscaling',
        kind: 'hpa',
        label: 'Helm chart autoscaling',
        path,
        ...(disabled ? { disabled } : {}),
      });
    }
    return findings;
  },
};
