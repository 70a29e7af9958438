import type { Detector } from '../../types';
import { isRecord, recordsIn, type Dict } from '../delivery/shared/records';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

/**
 * JSON files that may be dashboards: in a path that says dashboard or
 * Grafana. Dashboards are plain JSON with no telling name of their own;
 * reading every JSON file of a repository (lock files, manifests,
 * fixtures) to find them would cost far more than it finds.
 */
const DASHBOARD_PATH =
  /(dashboard|grafana)[^/]*\/(.+\/)?[^/]+\.json$|dashboard[^/]*\.json$/i;

/** The dashboard in a file: itself, or `dashboard` of an API export. */
function dashboardOf(value: unknown): Dict | undefined {
  const dashboard =
    isRecord(value) && isRecord(value.dashboard) ? value.dashboard : value;
  if (!isRecord(dashboard)) {
    return undefined;
  }
  const hasPanels =
    Array.isArray(dashboard.panels) || Array.isArray(dashboard.rows);
  const named =
    typeof dashboard.title === 'string' ||
    typeof dashboard.schemaVersion === 'number';
  return hasPanels && named ? dashboard : undefined;
}

/** Panels, also those in old-style rows and in collapsed rows. */
function panelsOf(dashboard: Dict): Dict[] {
  const top = [
    ...recordsIn(dashboard.panels),
    ...recordsIn(dashboard.rows).flatMap(row => recordsIn(row.panels)),
  ];
  return [...top, ...top.flatMap(panel => recordsIn(panel.panels))];
}

/**
 * Grafana dashboards: JSON with a `panels` list (or old-style `rows`) and a
 * `title` or `schemaVersion`, in a path that says dashboard or Grafana. A
 * dashboard whose panels carry legacy Grafana alerts (`alert:` on a panel)
 * alerts; others only show.
 */
export const grafanaDashboardsDetector: Detector = {
  id: 'grafana-dashboards',
  wants: path => (DASHBOARD_PATH.test(path) ? 'json' : undefined),
  detect({ files, listing }) {
    const found: MonitoringFile[] = [];
    for (const file of files) {
      const dashboard =
        file.as === 'json' ? dashboardOf(file.value) : undefined;
      if (dashboard) {
        found.push({
          path: file.path,
          alerting: panelsOf(dashboard).some(panel => isRecord(panel.alert)),
        });
      }
    }
    return monitoringFindings(
      found,
      'grafana-dashboard',
      'a Grafana dashboard',
      listing,
    );
  },
};
