import type { Detector, Finding } from '../../types';
import { fileName } from '../shared/findings';
import { isBody } from './terraformFiles';

/**
 * CDK for Terraform (`cdktf.json`): the project settings naming the
 * `language` and the `app` command that synthesises Terraform
 * configuration.
 */
export const cdktfDetector: Detector = {
  id: 'cdktf',
  wants: path => (fileName(path) === 'cdktf.json' ? 'json' : undefined),
  detect({ files }) {
    return files
      .filter(
        file =>
          file.as === 'json' &&
          isBody(file.value) &&
          typeof file.value.app === 'string' &&
          file.value.app.trim() !== '' &&
          typeof file.value.language === 'string',
      )
      .map(
        (file): Finding => ({
          fact: 'iac',
          kind: 'cdktf',
          label: 'CDK for Terraform',
          path: file.path,
        }),
      );
  },
};
