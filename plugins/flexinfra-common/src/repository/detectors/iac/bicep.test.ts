import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { bicepDetector } from './bicep';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [bicepDetector],
  });
}

describe('bicepDetector', () => {
  it('finds files declaring resources or modules', async () => {
    const facts = await analyze({
      'infra/main.bicep': [
        'param location string = resourceGroup().location',
        "resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {",
        "  name: 'plan-api'",
        '  location: location',
        "  sku: { name: 'P1v3' }",
        '}',
      ].join('\n'),
      'infra/root.bicep': "module app './main.bicep' = {\n  name: 'app'\n}\n",
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['bicep'],
      paths: ['infra/main.bicep', 'infra/root.bicep'],
      message: 'Bicep in infra/main.bicep and 1 more',
      values: [],
    });
  });

  it('ignores parameters-only files, comments and other extensions', async () => {
    const facts = await analyze({
      'infra/types.bicep': "param name string\noutput id string = 'x'\n",
      'infra/commented.bicep': [
        "// resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {}",
        '/*',
        "resource kv 'Microsoft.KeyVault/vaults@2023-02-01' = {}",
        '*/',
      ].join('\n'),
      'infra/main.bicepparam': "using './main.bicep'\n",
      'notes.md': "resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {}",
    });
    expect(facts.iac.found).toBe(false);
  });
});
