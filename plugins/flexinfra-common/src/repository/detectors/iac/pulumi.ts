import type { Detector, Finding } from '../../types';
import { fileName } from '../shared/findings';
import { isBody } from './terraformFiles';

/**
 * Pulumi (`Pulumi.yaml`): a project file with a `name` and a `runtime`, as
 * Pulumi requires of every project.
 */
export const pulumiDetector: Detector = {
  id: 'pulumi',
  wants: path => (/^Pulumi\.ya?ml$/.test(fileName(path)) ? 'yaml' : undefined),
  detect({ files }) {
    return files
      .filter(
        file =>
          file.as === 'yaml' &&
          isBody(file.documents[0]) &&
          typeof file.documents[0].name === 'string' &&
          file.documents[0].runtime !== undefined,
      )
      .map(
        (file): Finding => ({
          fact: 'iac',
          kind: 'pulumi',
          label: 'Pulumi',
          path: file.path,
        }),
      );
  },
};
