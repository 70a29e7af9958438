import type { Detector, Finding } from '../../types';
import { isArmTemplate } from './armTemplateResources';
import { mayBeJsonTemplate } from './jsonDocuments';

/**
 * Azure Resource Manager templates: JSON whose `$schema` is one of the
 * deployment template schemas (`deploymentTemplate.json`, and the
 * subscription, management group and tenant variants). Parameters files
 * (`deploymentParameters.json`) are not templates.
 */
export const armTemplateDetector: Detector = {
  id: 'arm-template',
  wants: path => (mayBeJsonTemplate(path) ? 'json' : undefined),
  detect({ files }) {
    return files
      .filter(file => file.as === 'json' && isArmTemplate(file.value))
      .map(
        (file): Finding => ({
          fact: 'iac',
          kind: 'arm',
          label: 'an ARM template',
          path: file.path,
        }),
      );
  },
};
