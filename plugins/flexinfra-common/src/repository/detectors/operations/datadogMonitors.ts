import type { Detector } from '../../types';
import { asList, isRecord, type Dict } from '../delivery/shared/records';
import { isContentRecognisedYaml } from '../delivery/shared/yamlPaths';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

/** JSON files that may hold monitors: in a path that says so. */
const MONITOR_JSON = /(datadog|monitor)[^/]*(\/.*)?\.json$/i;

/** Datadog monitor types: `metric alert`, `query alert`, `log alert`, … */
function isMonitorType(type: unknown): boolean {
  return (
    typeof type === 'string' &&
    (/^[a-z-]+ alert$/.test(type) ||
      type === 'service check' ||
      type === 'composite')
  );
}

/** The monitors in a document: one, a list, or `{ monitors: [...] }`. */
function monitorsIn(value: unknown): Dict[] {
  const list =
    isRecord(value) && Array.isArray(value.monitors)
      ? value.monitors
      : asList(value);
  return list
    .filter(isRecord)
    .filter(
      monitor =>
        isMonitorType(monitor.type) && typeof monitor.query === 'string',
    );
}

/**
 * Datadog monitor definitions, as exported from Datadog or kept for its
 * API: JSON or YAML with a monitor `type` (`metric alert`, `query alert`,
 * …) and a `query`. Monitors alert. (Monitors declared in Terraform are
 * infrastructure as code and read elsewhere.)
 */
export const datadogMonitorsDetector: Detector = {
  id: 'datadog-monitors',
  wants: path => {
    if (MONITOR_JSON.test(path)) {
      return 'json';
    }
    return isContentRecognisedYaml(path) ? 'yaml' : undefined;
  },
  detect({ files, listing }) {
    const found: MonitoringFile[] = [];
    for (const file of files) {
      let documents: unknown[] = [];
      if (file.as === 'yaml') {
        documents = file.documents;
      } else if (file.as === 'json') {
        documents = [file.value];
      }
      if (documents.some(document => monitorsIn(document).length > 0)) {
        found.push({ path: file.path, alerting: true });
      }
    }
    return monitoringFindings(
      found,
      'datadog-monitor',
      'a Datadog monitor',
      listing,
    );
  },
};
