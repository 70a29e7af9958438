import type { Detector } from '../../types';
import { alertmanagerDetector } from './alertmanager';
import { datadogMonitorsDetector } from './datadogMonitors';
import { grafanaDashboardsDetector } from './grafanaDashboards';
import { grafanaProvisioningDetector } from './grafanaProvisioning';
import { jsonnetMonitoringDetector } from './jsonnetMonitoring';
import { openSloDetector } from './openSlo';
import { prometheusConfigDetector } from './prometheusConfig';
import { prometheusRulesDetector } from './prometheusRules';
import { runbooksDetector } from './runbooks';
import { slothSlosDetector } from './slothSlos';

/**
 * The built-in detectors of operations outside Kubernetes objects:
 * monitoring and alerting files (tooling for local development does not
 * count), and runbooks.
 */
export const OPERATIONS_DETECTORS: Detector[] = [
  prometheusRulesDetector,
  prometheusConfigDetector,
  alertmanagerDetector,
  grafanaDashboardsDetector,
  grafanaProvisioningDetector,
  datadogMonitorsDetector,
  openSloDetector,
  slothSlosDetector,
  jsonnetMonitoringDetector,
  runbooksDetector,
];
