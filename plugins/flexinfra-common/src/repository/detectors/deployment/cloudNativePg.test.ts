import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { cloudNativePgDetector } from './cloudNativePg';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [cloudNativePgDetector],
  });

describe('cloudNativePgDetector', () => {
  it('counts a cluster with a backup section and standbys', async () => {
    const facts = await analyze({
      'db/cluster.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: orders-db}
spec:
  instances: 3
  storage: {size: 10Gi}
  backup:
    retentionPolicy: 30d
    barmanObjectStore:
      destinationPath: s3://orders-backups/
`,
      'db/nightly.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
spec:
  schedule: "0 0 2 * * *"
  cluster: {name: orders-db}
`,
    });
    expect(facts.backups).toEqual({
      found: true,
      kinds: ['cloudnative-pg'],
      paths: ['db/cluster.yaml', 'db/nightly.yaml'],
      message: 'CloudNativePG backups in db/cluster.yaml and 1 more',
      values: [],
    });
    expect(facts.redundancy.paths).toEqual(['db/cluster.yaml']);
  });

  it('does not count a single-instance cluster without backups, and reports a suspended schedule', async () => {
    const facts = await analyze({
      'db/cluster.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
spec:
  storage: {size: 1Gi}
`,
      'db/nightly.yaml': `apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
spec:
  suspend: true
  schedule: "0 0 2 * * *"
`,
    });
    expect(facts.backups.found).toBe(false);
    expect(facts.backups.message).toMatch(
      /in db\/nightly\.yaml, but it is disabled: the scheduled backup is suspended$/,
    );
    expect(facts.redundancy.found).toBe(false);
  });
});
