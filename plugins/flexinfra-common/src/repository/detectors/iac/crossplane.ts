import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import {
  inApiDomain,
  kubernetesObjectsIn,
  wantsYaml,
} from './kubernetesObjects';

/**
 * Crossplane: objects of a `crossplane.io` API group (Compositions,
 * CompositeResourceDefinitions, providers, claims of an `*.crossplane.io`
 * group) or of Upbound's providers' managed resources (`*.upbound.io`).
 */
export const crossplaneDetector: Detector = {
  id: 'crossplane',
  wants: wantsYaml,
  detect({ files }) {
    return oncePerFile(
      kubernetesObjectsIn(files)
        .filter(
          object =>
            inApiDomain(object.group, 'crossplane.io') ||
            inApiDomain(object.group, 'upbound.io'),
        )
        .map(
          (object): Finding => ({
            fact: 'iac',
            kind: 'crossplane',
            label: 'Crossplane',
            path: object.path,
          }),
        ),
    );
  },
};
