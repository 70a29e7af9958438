import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { ansibleRoleDetector } from './ansibleRole';

async function analyze(files: Record<string, string>) {
  const source = memorySource(files);
  const facts = await analyzeRepository(source, {
    detectors: [ansibleRoleDetector],
  });
  return { facts, reads: source.reads };
}

describe('ansibleRoleDetector', () => {
  it('finds the tasks of a role', async () => {
    const { facts } = await analyze({
      'ansible/roles/nginx/tasks/main.yml': [
        '- name: Install nginx',
        '  ansible.builtin.package:',
        '    name: nginx',
        '- name: Start nginx',
        '  ansible.builtin.service:',
        '    name: nginx',
        '    state: started',
      ].join('\n'),
      'roles/common/tasks/main.yaml':
        '- ansible.builtin.include_tasks: users.yml\n',
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['ansible'],
      paths: [
        'ansible/roles/nginx/tasks/main.yml',
        'roles/common/tasks/main.yaml',
      ],
      message: 'Ansible in ansible/roles/nginx/tasks/main.yml and 1 more',
      values: [],
    });
  });

  it('ignores empty task files, maps and files outside role tasks', async () => {
    const { facts, reads } = await analyze({
      'roles/empty/tasks/main.yml': '---\n',
      'roles/names/tasks/main.yml': '- name: only a name\n',
      'roles/config/tasks/main.yml': 'tasks:\n  - ping: {}\n',
      'roles/nginx/handlers/main.yml': '- name: restart\n  service: {}\n',
      'tasks/main.yml': '- name: x\n  ping: {}\n',
    });
    expect(reads.sort()).toEqual([
      'roles/config/tasks/main.yml',
      'roles/empty/tasks/main.yml',
      'roles/names/tasks/main.yml',
    ]);
    expect(facts.iac.found).toBe(false);
  });
});
