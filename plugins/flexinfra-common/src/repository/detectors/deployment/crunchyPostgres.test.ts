import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { crunchyPostgresDetector } from './crunchyPostgres';

const cluster = (
  instances: string,
  backups: string,
) => `apiVersion: postgres-operator.crunchydata.com/v1beta1
kind: PostgresCluster
metadata: {name: orders-db}
spec:
  postgresVersion: 16
  instances:
${instances}
${backups}
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [crunchyPostgresDetector],
  });

describe('crunchyPostgresDetector', () => {
  it('counts pgBackRest backups and replicated instances', async () => {
    const facts = await analyze({
      'db/postgres.yaml': cluster(
        '    - name: main\n      replicas: 2',
        '  backups:\n    pgbackrest:\n      repos:\n        - name: repo1\n          schedules: {full: "0 1 * * 0"}',
      ),
    });
    expect(facts.backups).toEqual({
      found: true,
      kinds: ['crunchy-postgres'],
      paths: ['db/postgres.yaml'],
      message: 'Crunchy PostgreSQL backups in db/postgres.yaml',
      values: [],
    });
    expect(facts.redundancy.paths).toEqual(['db/postgres.yaml']);
  });

  it('does not count a single instance without pgBackRest', async () => {
    const facts = await analyze({
      'db/postgres.yaml': cluster('    - name: main', '  backups: {}'),
    });
    expect(facts.backups.found).toBe(false);
    expect(facts.redundancy.found).toBe(false);
  });
});
