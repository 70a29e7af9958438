import type { Detector, Finding } from '../../types';
import { isBody } from './terraformFiles';

const ROLE_TASKS = /(^|\/)roles\/[^/]+\/tasks\/main\.ya?ml$/;

/** A task names a module to run, not only itself. */
function isTask(item: unknown): boolean {
  return isBody(item) && Object.keys(item).some(key => key !== 'name');
}

/**
 * Ansible roles: `roles/<role>/tasks/main.yml` holding a list of tasks.
 */
export const ansibleRoleDetector: Detector = {
  id: 'ansible-role',
  wants: path => (ROLE_TASKS.test(path) ? 'yaml' : undefined),
  detect({ files }) {
    return files
      .filter(
        file =>
          file.as === 'yaml' &&
          file.documents.some(
            document =>
              Array.isArray(document) &&
              document.length > 0 &&
              document.every(isTask),
          ),
      )
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
