import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { armTemplateDetector } from './armTemplate';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [armTemplateDetector],
  });
}

const SCHEMAS = 'https://schema.management.azure.com/schemas';

describe('armTemplateDetector', () => {
  it('finds resource group and subscription templates', async () => {
    const facts = await analyze({
      'azure/azuredeploy.json': JSON.stringify({
        $schema: `${SCHEMAS}/2019-04-01/deploymentTemplate.json#`,
        contentVersion: '1.0.0.0',
        resources: [
          {
            type: 'Microsoft.Storage/storageAccounts',
            apiVersion: '2023-01-01',
            name: 'acmeassets',
          },
        ],
      }),
      'azure/subscription.json': JSON.stringify({
        $schema: `${SCHEMAS}/2018-05-01/subscriptionDeploymentTemplate.json#`,
        resources: [],
      }),
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['arm'],
      paths: ['azure/azuredeploy.json', 'azure/subscription.json'],
      message: 'an ARM template in azure/azuredeploy.json and 1 more',
      values: [],
    });
  });

  it('ignores parameters files and other JSON schemas', async () => {
    const facts = await analyze({
      'azure/azuredeploy.parameters.json': JSON.stringify({
        $schema: `${SCHEMAS}/2019-04-01/deploymentParameters.json#`,
        parameters: {},
      }),
      '.vscode/settings.json': JSON.stringify({
        $schema: 'https://json.schemastore.org/vscode-settings',
      }),
      'list.json': JSON.stringify(['deploymentTemplate.json']),
    });
    expect(facts.iac.found).toBe(false);
  });
});
