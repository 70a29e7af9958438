import type { Detector, Finding } from '../../types';
import { fileName } from '../shared/findings';

/**
 * Terragrunt (`terragrunt.hcl`): a unit or root configuration that says
 * something (an empty file or one of only comments does not count).
 */
export const terragruntDetector: Detector = {
  id: 'terragrunt',
  wants: path => (fileName(path) === 'terragrunt.hcl' ? 'hcl' : undefined),
  detect({ files }) {
    return files
      .filter(file => file.as === 'hcl' && Object.keys(file.body).length > 0)
      .map(
        (file): Finding => ({
          fact: 'iac',
          kind: 'terragrunt',
          label: 'Terragrunt',
          path: file.path,
        }),
      );
  },
};
