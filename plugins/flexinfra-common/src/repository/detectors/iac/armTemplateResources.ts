import type { Detector, Finding } from '../../types';
import { AZURE_RESOURCE_RULES } from './azureResourceRules';
import { oncePerFile } from '../shared/findings';
import { mayBeJsonTemplate } from './jsonDocuments';
import { evidenceOf } from './resourceRules';
import { isBody, type Body } from './terraformFiles';

/** Whether a parsed JSON value is an ARM template. */
export function isArmTemplate(value: unknown): value is Body {
  return (
    isBody(value) &&
    typeof value.$schema === 'string' &&
    /deploymenttemplate\.json/i.test(value.$schema)
  );
}

/**
 * Every resource of a template with its full type: child resources name
 * their type relative to their parent (`backupPolicies` under
 * `Microsoft.RecoveryServices/vaults`). A resources map (language version
 * 2.0) counts as well as a list.
 */
function resourcesOf(
  resources: unknown,
  parentType = '',
): Array<{ type: string; resource: Body }> {
  let list: unknown[] = [];
  if (Array.isArray(resources)) {
    list = resources;
  } else if (isBody(resources)) {
    list = Object.values(resources);
  }
  return list.filter(isBody).flatMap(resource => {
    if (typeof resource.type !== 'string') {
      return [];
    }
    const type =
      parentType && !resource.type.includes('/')
        ? `${parentType}/${resource.type}`
        : resource.type;
    return [
      { type: type.toLowerCase(), resource },
      ...resourcesOf(resource.resources, type),
    ];
  });
}

/**
 * What the resources of ARM templates prove: Azure autoscale settings and
 * Functions apps, Azure Monitor alerts and Application Insights, Azure
 * Backup policies. An alert or autoscale setting with
 * `properties.enabled: false` does not count.
 */
export const armTemplateResourcesDetector: Detector = {
  id: 'arm-template-resources',
  wants: path => (mayBeJsonTemplate(path) ? 'json' : undefined),
  detect({ files }) {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'json' || !isArmTemplate(file.value)) {
        continue;
      }
      for (const { type, resource } of resourcesOf(file.value.resources)) {
        findings.push(
          ...evidenceOf(AZURE_RESOURCE_RULES, type, resource, file.path),
        );
      }
    }
    return oncePerFile(findings);
  },
};
