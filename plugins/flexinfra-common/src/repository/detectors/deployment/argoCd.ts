import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import {
  isKind,
  manifestsIn,
  wantsManifests,
  type Manifest,
} from './manifests';
import { arrayOf, isObject } from './objects';

/**
 * Whether an ApplicationSet generates from pull requests, directly or
 * inside a matrix or merge generator.
 */
function hasPullRequestGenerator(generators: unknown[], depth = 0): boolean {
  if (depth > 8) {
    return false;
  }
  return generators.some(generator => {
    if (!isObject(generator)) {
      return false;
    }
    if (isObject(generator.pullRequest)) {
      return true;
    }
    return [generator.matrix, generator.merge].some(
      nested =>
        isObject(nested) &&
        hasPullRequestGenerator(arrayOf(nested.generators), depth + 1),
    );
  });
}

function previewOf(manifest: Manifest): Finding | undefined {
  if (
    manifest.kind !== 'ApplicationSet' ||
    !hasPullRequestGenerator(arrayOf(manifest.spec.generators))
  ) {
    return undefined;
  }
  return {
    fact: 'previewEnvironments',
    kind: 'argocd-pull-request',
    label: 'an Argo CD ApplicationSet with a pull-request generator',
    path: manifest.path,
  };
}

/**
 * Argo CD Applications, ApplicationSets and AppProjects: the service is
 * deployed by GitOps. An ApplicationSet with a pull-request generator
 * makes an environment per pull request.
 */
export const argoCdDetector: Detector = {
  id: 'argocd',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      if (
        !isKind(
          manifest,
          'argoproj.io',
          'Application',
          'ApplicationSet',
          'AppProject',
        )
      ) {
        continue;
      }
      findings.push({
        fact: 'deployment',
        kind: 'argocd',
        label: 'Argo CD',
        path: manifest.path,
      });
      const preview = previewOf(manifest);
      if (preview) {
        findings.push(preview);
      }
    }
    return oncePerFile(findings);
  },
};
