import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import {
  inApiDomain,
  kubernetesObjectsIn,
  wantsYaml,
} from './kubernetesObjects';

/**
 * Google Cloud Config Connector: resources of a `cnrm.cloud.google.com`
 * API group (`sql.cnrm.cloud.google.com/v1beta1` SQLInstance, …).
 */
export const configConnectorDetector: Detector = {
  id: 'config-connector',
  wants: wantsYaml,
  detect({ files }) {
    return oncePerFile(
      kubernetesObjectsIn(files)
        .filter(object => inApiDomain(object.group, 'cnrm.cloud.google.com'))
        .map(
          (object): Finding => ({
            fact: 'iac',
            kind: 'config-connector',
            label: 'Config Connector',
            path: object.path,
          }),
        ),
    );
  },
};
