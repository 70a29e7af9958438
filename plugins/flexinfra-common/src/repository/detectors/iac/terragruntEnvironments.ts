import type { Detector, Finding } from '../../types';
import { environmentFromFolders } from './environmentNames';
import { fileName } from '../shared/findings';

/**
 * Environments in a Terragrunt layout, from the listing: units under one
 * folder per environment (`live/prod/app/terragrunt.hcl`,
 * `environments/acme-eu/db/terragrunt.hcl`). One finding per environment,
 * at its first unit.
 */
export const terragruntEnvironmentsDetector: Detector = {
  id: 'terragrunt-environments',
  wants: () => undefined,
  detect({ listing }) {
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const { path } of listing) {
      if (fileName(path) !== 'terragrunt.hcl') {
        continue;
      }
      const environment = environmentFromFolders(path);
      if (environment && !seen.has(environment)) {
        seen.add(environment);
        findings.push({
          fact: 'environments',
          kind: 'terragrunt-folders',
          label: 'Terragrunt folders per environment',
          path,
          values: [environment],
        });
      }
    }
    return findings;
  },
};
