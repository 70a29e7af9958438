import type { Detector } from '../../types';
import { AZURE_RESOURCE_RULES } from './azureResourceRules';
import { bicepResources } from './bicepDeclarations';
import { oncePerFile } from '../shared/findings';
import { evidenceOf } from './resourceRules';

/**
 * What the resources a Bicep file declares prove, by type alone:
 * Azure autoscale settings, Azure Monitor alerts, Application Insights,
 * Azure Backup policies. References to existing resources do not count;
 * properties (an alert's `enabled`, a site's `kind`) are not read, so a
 * Functions app is not told from a web app here.
 */
export const bicepResourcesDetector: Detector = {
  id: 'bicep-resources',
  wants: path => (path.endsWith('.bicep') ? 'text' : undefined),
  detect({ files }) {
    return oncePerFile(
      files.flatMap(file =>
        file.as === 'text'
          ? bicepResources(file.text)
              .filter(resource => !resource.existing)
              .flatMap(resource =>
                evidenceOf(
                  AZURE_RESOURCE_RULES,
                  resource.type.toLowerCase(),
                  {},
                  file.path,
                ),
              )
          : [],
      ),
    );
  },
};
