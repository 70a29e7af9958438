import type { Detector } from '../../types';
import { documentsOf } from '../delivery/shared/records';
import { isContentRecognisedYaml } from '../delivery/shared/yamlPaths';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

/**
 * Prometheus server configuration: YAML with a `scrape_configs` list
 * (`prometheus.yml` and the like; the Grafana Agent and OpenTelemetry's
 * Prometheus receiver take the same list). It collects metrics; alerts
 * are in rule files and Alertmanager, so it does not alert by itself.
 */
export const prometheusConfigDetector: Detector = {
  id: 'prometheus-config',
  wants: path => (isContentRecognisedYaml(path) ? 'yaml' : undefined),
  detect({ files, listing }) {
    const found: MonitoringFile[] = files
      .filter(file =>
        documentsOf(file).some(document =>
          Array.isArray(document.scrape_configs),
        ),
      )
      .map(file => ({ path: file.path, alerting: false }));
    return monitoringFindings(
      found,
      'prometheus-config',
      'a Prometheus config',
      listing,
    );
  },
};
