import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { ansibleConfigDetector } from './ansibleConfig';

async function analyze(files: Record<string, string>) {
  return analyzeRepository(memorySource(files), {
    detectors: [ansibleConfigDetector],
  });
}

describe('ansibleConfigDetector', () => {
  it('finds an Ansible configuration', async () => {
    const facts = await analyze({
      'ansible/ansible.cfg':
        '[defaults]\ninventory = inventory/hosts.yml\nroles_path = roles\n',
    });
    expect(facts.iac).toEqual({
      found: true,
      kinds: ['ansible'],
      paths: ['ansible/ansible.cfg'],
      message: 'Ansible in ansible/ansible.cfg',
      values: [],
    });
  });

  it('ignores an empty ansible.cfg and other cfg files', async () => {
    const facts = await analyze({
      'ansible.cfg': '# nothing configured yet\n',
      'setup.cfg': '[metadata]\nname = tool\n',
    });
    expect(facts.iac.found).toBe(false);
  });
});
