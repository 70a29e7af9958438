import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { ansiblePlaybookDetector } from './ansiblePlaybook';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [ansiblePlaybookDetector],
  });
}

const SITE = `- name: Configure web servers
  hosts: webservers
  become: true
  roles:
    - common
    - nginx

- name: Configure databases
  hosts: dbservers
  tasks:
    - name: Install PostgreSQL
      ansible.builtin.package:
        name: postgresql
        state: present
`;

describe('ansiblePlaybookDetector', () => {
  it('finds playbooks and playbooks of imports', async () => {
    const facts = await analyze({
      'ansible/site.yml': SITE,
      'ansible/all.yaml':
        '- import_playbook: site.yml\n- ansible.builtin.import_playbook: backup.yml\n',
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['ansible'],
      paths: ['ansible/all.yaml', 'ansible/site.yml'],
      message: 'Ansible in ansible/all.yaml and 1 more',
      values: [],
    });
  });

  it('ignores YAML with hosts that is not a playbook', async () => {
    const facts = await analyze({
      'config/hosts.yaml': 'hosts:\n  - web1.example.com\ntasks: []\n',
      'compose.yml':
        'services:\n  app:\n    extra_hosts:\n      - "db:10.0.0.2"\n',
      'ingress.yaml': '- hosts: [shop.example.com]\n  paths: ["/"]\n',
      'inventory.yml':
        'all:\n  hosts:\n    web1:\n      ansible_host: 10.0.0.1\n',
      'mixed.yml': '- hosts: web\n  tasks: []\n- just a string\n',
    });
    expect(facts.iac.found).toBe(false);
  });
});
