import type { Detector, Finding } from '../../types';
import { environmentFromFolder } from './environmentNames';
import { isKustomizationPath } from './kustomize';
import { foldersOf } from './paths';

/** Folders whose sub-folders are Kustomize overlays, one per environment. */
const OVERLAY_PARENTS = new Set(['overlays', 'envs', 'environments']);

/**
 * Environments as Kustomize overlays: `overlays/<env>/kustomization.yaml`
 * (or under `envs/` or `environments/`); the folder names the environment,
 * and `preview`, `review`, `ephemeral` or `pr` names preview environments.
 * Nested overlays (`overlays/prod/eu/`) count for their first folder.
 */
export const kustomizeOverlaysDetector: Detector = {
  id: 'kustomize-overlays',
  wants: () => undefined,
  detect: ({ listing }) => {
    const findings: Finding[] = [];
    for (const { path } of listing) {
      if (!isKustomizationPath(path)) {
        continue;
      }
      const folders = foldersOf(path);
      const at = folders.findIndex(folder => OVERLAY_PARENTS.has(folder));
      if (at < 0 || at + 1 >= folders.length) {
        continue;
      }
      const environment = environmentFromFolder(folders[at + 1]);
      findings.push(
        environment.kind === 'preview'
          ? {
              fact: 'previewEnvironments',
              kind: 'kustomize-overlays',
              label: 'a Kustomize overlay for preview environments',
              path,
              values: [environment.name],
            }
          : {
              fact: 'environments',
              kind: 'kustomize-overlays',
              label: 'Kustomize overlays',
              path,
              values: [environment.name],
            },
      );
    }
    return findings;
  },
};
