import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { veleroScheduleDetector } from './veleroSchedule';

const schedule = (paused: boolean) => `apiVersion: velero.io/v1
kind: Schedule
metadata: {name: daily, namespace: velero}
spec:
  schedule: "0 3 * * *"
  paused: ${paused}
  template:
    includedNamespaces: [orders]
    ttl: 720h0m0s
`;

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [veleroScheduleDetector],
  });

describe('veleroScheduleDetector', () => {
  it('counts a Velero Schedule as backups', async () => {
    const facts = await analyze({ 'backup/daily.yaml': schedule(false) });
    expect(facts.backups).toEqual({
      found: true,
      kinds: ['velero'],
      paths: ['backup/daily.yaml'],
      message: 'a Velero backup schedule in backup/daily.yaml',
      values: [],
    });
  });

  it('reports a paused schedule as disabled and ignores a one-off Backup', async () => {
    const facts = await analyze({
      'backup/daily.yaml': schedule(true),
      'backup/once.yaml': 'apiVersion: velero.io/v1\nkind: Backup\nspec: {}\n',
    });
    expect(facts.backups.found).toBe(false);
    expect(facts.backups.message).toBe(
      'a Velero backup schedule in backup/daily.yaml, but it is disabled: the schedule is paused',
    );
  });
});
