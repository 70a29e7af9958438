import type { Detector } from '../../types';
import { asList, documentsOf, isRecord } from '../delivery/shared/records';
import { isContentRecognisedYaml } from '../delivery/shared/yamlPaths';
import {
  monitoringFindings,
  type MonitoringFile,
} from './shared/monitoringFindings';

/**
 * OpenSLO definitions (`apiVersion: openslo/v1` or `openslo/v1alpha`): an
 * SLO is monitoring; an AlertPolicy, or an SLO with `alertPolicies`,
 * alerts.
 */
export const openSloDetector: Detector = {
  id: 'openslo',
  wants: path => (isContentRecognisedYaml(path) ? 'yaml' : undefined),
  detect({ files, listing }) {
    const found: MonitoringFile[] = [];
    for (const file of files) {
      const objects = documentsOf(file).filter(
        document =>
          typeof document.apiVersion === 'string' &&
          /^openslo\/v1(alpha)?$/.test(document.apiVersion) &&
          (document.kind === 'SLO' || document.kind === 'AlertPolicy'),
      );
      if (objects.length === 0) {
        continue;
      }
      found.push({
        path: file.path,
        alerting: objects.some(
          object =>
            object.kind === 'AlertPolicy' ||
            (isRecord(object.spec) &&
              asList(object.spec.alertPolicies).length > 0),
        ),
      });
    }
    return monitoringFindings(found, 'openslo', 'OpenSLO definitions', listing);
  },
};
