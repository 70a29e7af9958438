import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { configConnectorDetector } from './configConnector';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [configConnectorDetector],
  });
}

describe('configConnectorDetector', () => {
  it('finds Config Connector resources', async () => {
    const facts = await analyze({
      'config/sql.yaml': [
        'apiVersion: sql.cnrm.cloud.google.com/v1beta1',
        'kind: SQLInstance',
        'metadata:',
        '  name: orders-db',
        'spec:',
        '  region: europe-west1',
        '  databaseVersion: POSTGRES_15',
      ].join('\n'),
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['config-connector'],
      paths: ['config/sql.yaml'],
      message: 'Config Connector in config/sql.yaml',
      values: [],
    });
  });

  it('ignores other Google API groups', async () => {
    const facts = await analyze({
      'k8s/managed-cert.yaml':
        'apiVersion: networking.gke.io/v1\nkind: ManagedCertificate\n',
      'k8s/backend.yaml':
        'apiVersion: cloud.google.com/v1\nkind: BackendConfig\n',
    });
    expect(facts.iac.found).toBe(false);
  });
});
