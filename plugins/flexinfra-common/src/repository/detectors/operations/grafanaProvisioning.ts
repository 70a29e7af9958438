import type { Detector } from '../../types';
import { firstDocument } from '../delivery/shared/records';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

/** `…/provisioning/<what>/<file>.yaml`, as Grafana reads it. */
const PROVISIONING =
  /(^|\/)provisioning\/(dashboards|datasources|alerting|notifiers)\/[^/]+\.ya?ml$/;

/** What each kind of provisioning file lists. */
const CONTENT_KEYS = [
  'providers',
  'datasources',
  'groups',
  'contactPoints',
  'policies',
  'templates',
  'muteTimes',
  'notifiers',
];

/**
 * Grafana provisioning files (`provisioning/dashboards|datasources|
 * alerting/*.yaml` with `apiVersion` and what they provision). Alerting
 * provisioning (alert rules, contact points, notification policies, legacy
 * notifiers) alerts; dashboards and data sources only show.
 */
export const grafanaProvisioningDetector: Detector = {
  id: 'grafana-provisioning',
  wants: path => (PROVISIONING.test(path) ? 'yaml' : undefined),
  detect({ files, listing }) {
    const found: MonitoringFile[] = [];
    for (const file of files) {
      const config = firstDocument(file);
      const folder = PROVISIONING.exec(file.path)?.[2];
      if (
        !config ||
        config.apiVersion === undefined ||
        !CONTENT_KEYS.some(key => Array.isArray(config[key]))
      ) {
        continue;
      }
      found.push({
        path: file.path,
        alerting: folder === 'alerting' || folder === 'notifiers',
      });
    }
    return monitoringFindings(
      found,
      'grafana-provisioning',
      'Grafana provisioning',
      listing,
    );
  },
};
