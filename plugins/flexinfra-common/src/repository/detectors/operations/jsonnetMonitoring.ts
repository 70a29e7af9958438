import type { Detector } from '../../types';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

const JSONNET = /\.(jsonnet|libsonnet)$/;

/** A monitoring mixin's alerts: `prometheusAlerts+:: { … }`. */
const MIXIN_ALERTS = /\bprometheusAlerts\s*\+?::/;

/** A monitoring mixin's recording rules or dashboards. */
const MIXIN_OTHER = /\b(prometheusRules|grafanaDashboards)\s*\+?::/;

/** Grafonnet, the Jsonnet library for Grafana dashboards. */
const GRAFONNET = /\bimport\s+['"][^'"]*grafonnet[^'"]*['"]/;

/**
 * Monitoring written in Jsonnet: monitoring mixins (`prometheusAlerts`,
 * `prometheusRules`, `grafanaDashboards` fields) and Grafonnet dashboards.
 * Jsonnet is a programming language and the analyzer does not evaluate
 * it, so, as with Jenkinsfiles, the text is scanned for those well-known
 * field names and imports. A mixin with `prometheusAlerts` alerts.
 * (Vendored mixins, under `vendor/`, are never read.)
 */
export const jsonnetMonitoringDetector: Detector = {
  id: 'jsonnet-monitoring',
  wants: path => (JSONNET.test(path) ? 'text' : undefined),
  detect({ files, listing }) {
    const mixins: MonitoringFile[] = [];
    const dashboards: MonitoringFile[] = [];
    for (const file of files) {
      if (file.as !== 'text') {
        continue;
      }
      if (MIXIN_ALERTS.test(file.text) || MIXIN_OTHER.test(file.text)) {
        mixins.push({
          path: file.path,
          alerting: MIXIN_ALERTS.test(file.text),
        });
      } else if (GRAFONNET.test(file.text)) {
        dashboards.push({ path: file.path, alerting: false });
      }
    }
    return [
      ...monitoringFindings(
        mixins,
        'monitoring-mixin',
        'a monitoring mixin',
        listing,
      ),
      ...monitoringFindings(
        dashboards,
        'grafonnet-dashboard',
        'a Grafonnet dashboard',
        listing,
      ),
    ];
  },
};
