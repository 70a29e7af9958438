import type { Detector, Finding } from '../../types';
import { isObject } from './objects';
import { baseName, isIgnoredPath } from './paths';

/** The file names `kustomize build` looks for in a folder. */
export const KUSTOMIZATION_FILES = new Set([
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
]);

/** Whether a path is a Kustomize kustomization file that counts. */
export function isKustomizationPath(path: string): boolean {
  return KUSTOMIZATION_FILES.has(baseName(path)) && !isIgnoredPath(path);
}

/**
 * Kustomize: a `kustomization.yaml` (or `.yml`, or `Kustomization`) that is
 * a mapping. A Flux `Kustomization` object saved under that name belongs to
 * the Flux detector.
 */
export const kustomizeDetector: Detector = {
  id: 'kustomize',
  wants: path => (isKustomizationPath(path) ? 'yaml' : undefined),
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'yaml') {
        continue;
      }
      const [kustomization] = file.documents;
      if (
        !isObject(kustomization) ||
        (typeof kustomization.apiVersion === 'string' &&
          kustomization.apiVersion.includes('toolkit.fluxcd.io'))
      ) {
        continue;
      }
      findings.push({
        fact: 'deployment',
        kind: 'kustomize',
        label: 'Kustomize',
        path: file.path,
      });
    }
    return findings;
  },
};
