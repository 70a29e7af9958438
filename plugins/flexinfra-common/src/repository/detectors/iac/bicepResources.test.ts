import { analyzeWith } from './__testUtils__/analyzeWith';
import { bicepResourcesDetector } from './bicepResources';

const analyze = (files: Record<string, string>) =>
  analyzeWith([bicepResourcesDetector], files).then(r => r.facts);

describe('bicepResourcesDetector', () => {
  it('reads autoscaling, alerts and telemetry from declared resources', async () => {
    const facts = await analyze({
      'infra/main.bicep': [
        "resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {",
        "  name: 'plan-orders'",
        '}',
        "resource autoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = {",
        "  name: 'plan-orders-autoscale'",
        '}',
        "resource cpuAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {",
        "  name: 'cpu-high'",
        '}',
        "resource insights 'Microsoft.Insights/components@2020-02-02' = {",
        "  name: 'appi-orders'",
        "  kind: 'web'",
        '}',
      ].join('\n'),
    });
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['azure-autoscale-setting'],
      paths: ['infra/main.bicep'],
      message: 'an Azure Monitor autoscale setting in infra/main.bicep',
      values: [],
    });
    expect(facts.monitoring.kinds).toEqual([
      'azure-monitor-alert',
      'application-insights',
    ]);
    expect(facts.alerting).toBe(true);
  });

  it('ignores existing resources, comments and other types', async () => {
    const facts = await analyze({
      'infra/refs.bicep': [
        "resource insights 'Microsoft.Insights/components@2020-02-02' existing = {",
        "  name: 'appi-shared'",
        '}',
        "// resource alert 'Microsoft.Insights/metricAlerts@2018-03-01' = {}",
        "resource site 'Microsoft.Web/sites@2023-01-01' = {",
        "  kind: 'functionapp'",
        '}',
      ].join('\n'),
    });
    expect(facts.monitoring.found).toBe(false);
    expect(facts.monitoring.message).toBe('');
    expect(facts.autoscaling.found).toBe(false);
  });
});
