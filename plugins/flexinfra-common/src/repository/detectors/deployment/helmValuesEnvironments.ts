import type { Detector, Finding } from '../../types';
import { helmValuesRoleOf, isOwnHelmValues } from './helmValues';

/**
 * Environments named by Helm values files (`values-prod.yaml`,
 * `values.staging.yaml`, `values/dev.yaml`), and preview environments
 * (`values-preview.yaml`, `values-pr.yaml`, `values-review.yaml`). The
 * names say it; the files are not read.
 */
export const helmValuesEnvironmentsDetector: Detector = {
  id: 'helm-values-environments',
  wants: () => undefined,
  detect: ({ listing }) => {
    const findings: Finding[] = [];
    for (const { path } of listing) {
      const role = helmValuesRoleOf(path);
      if (!role || role.role === 'base' || !isOwnHelmValues(path, listing)) {
        continue;
      }
      findings.push(
        role.role === 'preview'
          ? {
              fact: 'previewEnvironments',
              kind: 'helm-values',
              label: 'Helm values for preview environments',
              path,
              values: [role.name],
            }
          : {
              fact: 'environments',
              kind: 'helm-values',
              label: 'Helm values per environment',
              path,
              values: [role.name],
            },
      );
    }
    return findings;
  },
};
