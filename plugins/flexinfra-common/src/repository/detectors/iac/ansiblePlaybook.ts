import type { Detector, Finding } from '../../types';
import { isBody, type Body } from './terraformFiles';
import { wantsYaml } from './kubernetesObjects';

/** The keys that make a play do something. */
const PLAY_WORK = ['tasks', 'roles', 'pre_tasks', 'post_tasks'];

/** A play: `hosts` and tasks or roles to run there. */
function isPlay(item: Body): boolean {
  return (
    item.hosts !== undefined && PLAY_WORK.some(key => Array.isArray(item[key]))
  );
}

/** A playbook that imports others: `- import_playbook: site.yml`. */
function isImport(item: Body): boolean {
  return (
    typeof item.import_playbook === 'string' ||
    typeof item['ansible.builtin.import_playbook'] === 'string'
  );
}

/**
 * Whether a document is a playbook: a list of plays (each with `hosts`)
 * and imports of other playbooks, with at least one play that runs
 * something, or only imports.
 */
function isPlaybook(document: unknown): boolean {
  if (!Array.isArray(document) || document.length === 0) {
    return false;
  }
  const items = document.filter(isBody);
  if (items.length !== document.length) {
    return false;
  }
  return items.some(isPlay)
    ? items.every(item => item.hosts !== undefined || isImport(item))
    : items.every(isImport);
}

/**
 * Ansible playbooks: YAML lists of plays, each with `hosts` and `tasks`,
 * `roles`, `pre_tasks` or `post_tasks`, or of `import_playbook` entries.
 */
export const ansiblePlaybookDetector: Detector = {
  id: 'ansible-playbook',
  wants: wantsYaml,
  detect({ files }) {
    return files
      .filter(file => file.as === 'yaml' && file.documents.some(isPlaybook))
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
