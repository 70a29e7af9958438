import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';
import { arrayOf, textOf, valueAt } from './objects';

/**
 * Prometheus Operator PrometheusRules. It alerts when one of its rules has
 * an `alert` name; recording rules alone only shape metrics.
 */
export const prometheusRuleDetector: Detector = {
  id: 'prometheus-rule',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(manifest =>
          isKind(manifest, 'monitoring.coreos.com', 'PrometheusRule'),
        )
        .map(manifest => {
          const alerting = arrayOf(manifest.spec.groups).some(group =>
            arrayOf(valueAt(group, 'rules')).some(
              rule => textOf(valueAt(rule, 'alert')) !== undefined,
            ),
          );
          return {
            fact: 'monitoring',
            kind: 'prometheus-rule',
            label: 'a PrometheusRule',
            path: manifest.path,
            alerting,
          };
        }),
    ),
};
