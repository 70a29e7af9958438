import { analyzeWith } from './__testUtils__/analyzeWith';
import { armTemplateResourcesDetector } from './armTemplateResources';

const analyze = (files: Record<string, string>) =>
  analyzeWith([armTemplateResourcesDetector], files).then(r => r.facts);

const SCHEMA =
  'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

describe('armTemplateResourcesDetector', () => {
  it('reads autoscaling, alerts and backups from template resources', async () => {
    const facts = await analyze({
      'azure/azuredeploy.json': JSON.stringify({
        $schema: SCHEMA,
        contentVersion: '1.0.0.0',
        resources: [
          {
            type: 'Microsoft.Web/sites',
            kind: 'functionapp,linux',
            name: 'orders-func',
          },
          {
            type: 'Microsoft.Insights/autoscalesettings',
            name: 'web-autoscale',
            properties: { enabled: true, profiles: [] },
          },
          {
            type: 'Microsoft.Insights/metricAlerts',
            name: 'cpu-high',
            properties: { enabled: true, severity: 2 },
          },
          {
            type: 'Microsoft.RecoveryServices/vaults',
            name: 'rsv-orders',
            resources: [
              {
                type: 'backupPolicies',
                name: 'daily',
                properties: { backupManagementType: 'AzureIaasVM' },
              },
            ],
          },
        ],
      }),
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['azure-functions', 'azure-autoscale-setting'],
      paths: ['azure/azuredeploy.json'],
      message:
        'an Azure Functions app in azure/azuredeploy.json; an Azure Monitor autoscale setting in azure/azuredeploy.json',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
    expect(facts.monitoring.message).toBe(
      'an Azure Monitor alert in azure/azuredeploy.json',
    );
    expect(facts.alerting).toBe(true);
    expect(facts.backups.message).toBe(
      'an Azure Backup policy in azure/azuredeploy.json',
    );
  });

  it('says a switched-off alert does not count, and ignores web apps', async () => {
    const facts = await analyze({
      'main.json': JSON.stringify({
        $schema: SCHEMA,
        resources: {
          site: { type: 'Microsoft.Web/sites', kind: 'app,linux' },
          alert: {
            type: 'Microsoft.Insights/metricAlerts',
            properties: { enabled: false },
          },
        },
      }),
    });
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.autoscaling.message).toBe('');
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.message).toBe(
      'an Azure Monitor alert in main.json, but it is disabled: properties.enabled is false',
    );
  });

  it('ignores the same resource types outside a template', async () => {
    const facts = await analyze({
      'notes.json': JSON.stringify({
        resources: [{ type: 'Microsoft.Insights/metricAlerts' }],
      }),
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.message).toBe('');
  });
});
