import type { Finding } from '../../types';
import type { Evidence, ResourceRules } from './resourceRules';
import { isBody, literalBoolean, type Body } from './terraformFiles';

/** A disabled note when `properties.enabled` is literally false. */
function switchedOff(resource: Body): Pick<Finding, 'disabled'> {
  const properties = isBody(resource.properties) ? resource.properties : {};
  return literalBoolean(properties.enabled) === false
    ? { disabled: 'properties.enabled is false' }
    : {};
}

const ALERT = (resource: Body): Evidence => ({
  fact: 'monitoring',
  kind: 'azure-monitor-alert',
  label: 'an Azure Monitor alert',
  alerting: true,
  ...switchedOff(resource),
});

const BACKUP: Evidence = {
  fact: 'backups',
  kind: 'azure-backup',
  label: 'an Azure Backup policy',
};

/**
 * What Azure resource types prove, by type in lower case (Azure compares
 * types without case), read from an ARM resource (`type`, `kind`,
 * `properties`). Bicep resources reach the rules with an empty body: only
 * their type is read.
 */
export const AZURE_RESOURCE_RULES: ResourceRules = {
  'microsoft.insights/autoscalesettings': resource => ({
    fact: 'autoscaling',
    kind: 'azure-autoscale-setting',
    label: 'an Azure Monitor autoscale setting',
    ...switchedOff(resource),
  }),
  'microsoft.web/sites': resource =>
    typeof resource.kind === 'string' &&
    resource.kind.toLowerCase().includes('functionapp')
      ? {
          fact: 'autoscaling',
          kind: 'azure-functions',
          label: 'an Azure Functions app',
          demandDriven: true,
        }
      : undefined,
  'microsoft.insights/metricalerts': ALERT,
  'microsoft.insights/scheduledqueryrules': ALERT,
  'microsoft.insights/activitylogalerts': ALERT,
  'microsoft.insights/components': () => ({
    fact: 'monitoring',
    kind: 'application-insights',
    label: 'Application Insights',
  }),
  'microsoft.recoveryservices/vaults/backuppolicies': () => BACKUP,
  'microsoft.dataprotection/backupvaults/backuppolicies': () => BACKUP,
};
