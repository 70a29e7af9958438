import type { Detector, Finding } from '../../types';
import { fileName } from '../shared/findings';

/** An INI section header such as `[defaults]` on a line of its own. */
const SECTION = /^\s*\[[A-Za-z_]+\]\s*$/m;

/**
 * Ansible's configuration (`ansible.cfg`), an INI file: counts when it has
 * a section (`[defaults]`, `[ssh_connection]`, …).
 */
export const ansibleConfigDetector: Detector = {
  id: 'ansible-config',
  wants: path => (fileName(path) === 'ansible.cfg' ? 'text' : undefined),
  detect({ files }) {
    return files
      .filter(file => file.as === 'text' && SECTION.test(file.text))
      .map(
        (file): Finding => ({
          fact: 'iac',
          kind: 'ansible',
          label: 'Ansible',
          path: file.path,
        }),
      );
  },
};
