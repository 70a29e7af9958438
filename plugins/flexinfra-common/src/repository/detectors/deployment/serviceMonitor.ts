import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';

/**
 * Prometheus Operator ServiceMonitors and PodMonitors: the service's
 * metrics are scraped.
 */
export const serviceMonitorDetector: Detector = {
  id: 'service-monitor',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(manifest =>
          isKind(
            manifest,
            'monitoring.coreos.com',
            'ServiceMonitor',
            'PodMonitor',
          ),
        )
        .map(manifest => ({
          fact: 'monitoring',
          kind: 'service-monitor',
          label: `a ${manifest.kind}`,
          path: manifest.path,
        })),
    ),
};
