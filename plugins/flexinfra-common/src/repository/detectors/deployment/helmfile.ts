import type { Detector, Finding } from '../../types';
import { environmentFromFolder } from './environmentNames';
import { arrayOf, isObject } from './objects';
import { baseName, foldersOf, isIgnoredPath } from './paths';

/** Whether a path is a helmfile: `helmfile.yaml` or a YAML file in `helmfile.d/`. */
function isHelmfilePath(path: string): boolean {
  if (isIgnoredPath(path) || !/\.ya?ml$/.test(path)) {
    return false;
  }
  return (
    /^helmfile\.ya?ml$/.test(baseName(path)) ||
    foldersOf(path).at(-1) === 'helmfile.d'
  );
}

/**
 * Helmfiles: `releases` deploy Helm charts declaratively; the keys of
 * `environments` (other than helmfile's `default`) name environments, or
 * preview environments when they say so. A helmfile that is a Go template
 * and does not parse is reported by the analyzer, not read.
 */
export const helmfileDetector: Detector = {
  id: 'helmfile',
  wants: path => (isHelmfilePath(path) ? 'yaml' : undefined),
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'yaml') {
        continue;
      }
      const documents = file.documents.filter(isObject);
      const { path } = file;
      if (documents.some(document => arrayOf(document.releases).length > 0)) {
        findings.push({
          fact: 'deployment',
          kind: 'helmfile',
          label: 'a helmfile',
          path,
        });
      }
      const names = documents.flatMap(document =>
        isObject(document.environments)
          ? Object.keys(document.environments)
          : [],
      );
      for (const name of names) {
        if (name === 'default') {
          continue;
        }
        const environment = environmentFromFolder(name);
        findings.push(
          environment.kind === 'preview'
            ? {
                fact: 'previewEnvironments',
                kind: 'helmfile',
                label: 'a helmfile preview environment',
                path,
                values: [environment.name],
              }
            : {
                fact: 'environments',
                kind: 'helmfile',
                label: 'helmfile environments',
                path,
                values: [environment.name],
              },
        );
      }
    }
    return findings;
  },
};
