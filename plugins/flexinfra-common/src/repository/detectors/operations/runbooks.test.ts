import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { runbooksDetector } from './runbooks';

const analyze = async (files: Record<string, string>) => {
  const source = memorySource(files);
  const facts = await analyzeRepository(source, {
    detectors: [runbooksDetector],
  });
  return { facts, reads: source.reads };
};

describe('runbooksDetector', () => {
  it('finds runbooks by name and folder without reading them', async () => {
    const { facts, reads } = await analyze({
      'RUNBOOK.md': '# Orders API runbook\n',
      'docs/runbooks/database-failover.md': '# Database failover\n',
      'ops/Runbook-Payments.MD': '# Payments\n',
      'runbooks/queue/backlog.adoc': '= Queue backlog\n',
    });
    expect(reads).toEqual([]);
    expect(facts.runbook).toEqual({
      found: true,
      kinds: ['runbook'],
      paths: [
        'RUNBOOK.md',
        'docs/runbooks/database-failover.md',
        'ops/Runbook-Payments.MD',
        'runbooks/queue/backlog.adoc',
      ],
      message: 'a runbook in RUNBOOK.md and 3 more',
      values: [],
    });
  });

  it('finds Markdown playbooks and operations docs', async () => {
    const { facts } = await analyze({
      'docs/playbooks/incident-response.md': '# Incident response\n',
      'docs/operations/scaling.md': '# Scaling\n',
    });
    expect(facts.runbook.kinds).toEqual(['runbook', 'operations-docs']);
    expect(facts.runbook.message).toBe(
      'a runbook in docs/playbooks/incident-response.md; operations documentation in docs/operations/scaling.md',
    );
  });

  it('does not take Ansible playbooks, READMEs, empty or non-document files for runbooks', async () => {
    const { facts } = await analyze({
      'playbooks/site.yml': '- hosts: all\n  roles: [common]\n',
      'playbooks/notes.md': '# How to run the playbooks\n',
      'ansible/playbooks/README.md': '# Playbooks\n',
      'README.md': 'See the runbook in Confluence.\n',
      'runbooks/RUNBOOK.md': '',
      'scripts/runbook.sh': 'echo hi\n',
      'runbooks/restart.sh': 'systemctl restart orders\n',
    });
    expect(facts.runbook.found).toBe(false);
  });
});
