import type { Detector } from '../../types';
import {
  documentsOf,
  isRecord,
  recordsIn,
  type Dict,
} from '../delivery/shared/records';
import { isContentRecognisedYaml } from '../delivery/shared/yamlPaths';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

/** The SLOs of a Sloth spec, either form, or none if it is not one. */
function slosOf(document: Dict): Dict[] | undefined {
  if (document.version === 'prometheus/v1' && Array.isArray(document.slos)) {
    return recordsIn(document.slos);
  }
  if (
    typeof document.apiVersion === 'string' &&
    document.apiVersion.startsWith('sloth.slok.dev/') &&
    isRecord(document.spec) &&
    Array.isArray(document.spec.slos)
  ) {
    return recordsIn(document.spec.slos);
  }
  return undefined;
}

/** Whether one of Sloth's generated alerts is turned off. */
function disabled(alert: unknown): boolean {
  return isRecord(alert) && alert.disable === true;
}

/** Sloth generates page and ticket alerts unless both are turned off. */
function sloAlerts(slo: Dict): boolean {
  const alerting = isRecord(slo.alerting) ? slo.alerting : {};
  return !(disabled(alerting.page_alert) && disabled(alerting.ticket_alert));
}

/**
 * Sloth SLO specs (`version: prometheus/v1` with `slos`, or the
 * `sloth.slok.dev` PrometheusServiceLevel). Sloth turns them into
 * burn-rate alerts, so they alert unless every SLO turns both its page
 * and ticket alerts off.
 */
export const slothSlosDetector: Detector = {
  id: 'sloth',
  wants: path => (isContentRecognisedYaml(path) ? 'yaml' : undefined),
  detect({ files, listing }) {
    const found: MonitoringFile[] = [];
    for (const file of files) {
      const specs = documentsOf(file)
        .map(slosOf)
        .filter((slos): slos is Dict[] => slos !== undefined);
      if (specs.length > 0) {
        found.push({ path: file.path, alerting: specs.flat().some(sloAlerts) });
      }
    }
    return monitoringFindings(found, 'sloth', 'Sloth SLOs', listing);
  },
};
