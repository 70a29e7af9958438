import type { Detector } from '../../types';
import { documentsOf, recordsIn, type Dict } from '../delivery/shared/records';
import { isContentRecognisedYaml } from '../delivery/shared/yamlPaths';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

/** The rules of a rule file (`groups[].rules[]`), if it is one. */
function rulesOf(document: Dict): Dict[] {
  return recordsIn(document.groups)
    .flatMap(group => recordsIn(group.rules))
    .filter(
      rule => typeof rule.alert === 'string' || typeof rule.record === 'string',
    );
}

/**
 * Prometheus rule files (also read by Thanos, Mimir, Cortex and Loki):
 * YAML with `groups[].rules[]`, wherever they are. A file with an `alert`
 * rule alerts; one with only `record` rules does not. (The same rules in a
 * Kubernetes PrometheusRule object sit under `spec:` and are not read
 * here.)
 */
export const prometheusRulesDetector: Detector = {
  id: 'prometheus-rules',
  wants: path => (isContentRecognisedYaml(path) ? 'yaml' : undefined),
  detect({ files, listing }) {
    const found: MonitoringFile[] = [];
    for (const file of files) {
      const rules = documentsOf(file).flatMap(rulesOf);
      if (rules.length > 0) {
        found.push({
          path: file.path,
          alerting: rules.some(rule => typeof rule.alert === 'string'),
        });
      }
    }
    return monitoringFindings(
      found,
      'prometheus-rules',
      'Prometheus rules',
      listing,
    );
  },
};
