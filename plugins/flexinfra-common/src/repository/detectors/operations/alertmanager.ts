import type { Detector } from '../../types';
import { documentsOf, isRecord } from '../delivery/shared/records';
import { isContentRecognisedYaml } from '../delivery/shared/yamlPaths';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

/**
 * Alertmanager configuration: YAML with a `route` mapping and a
 * `receivers` list, wherever it is. It routes alerts to people, so it
 * alerts.
 */
export const alertmanagerDetector: Detector = {
  id: 'alertmanager',
  wants: path => (isContentRecognisedYaml(path) ? 'yaml' : undefined),
  detect({ files, listing }) {
    const found: MonitoringFile[] = files
      .filter(file =>
        documentsOf(file).some(
          document =>
            isRecord(document.route) && Array.isArray(document.receivers),
        ),
      )
      .map(file => ({ path: file.path, alerting: true }));
    return monitoringFindings(
      found,
      'alertmanager',
      'an Alertmanager config',
      listing,
    );
  },
};
