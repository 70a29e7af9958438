import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';

/** The Flux API groups (`kustomize.toolkit.fluxcd.io`, `helm.…`, `source.…`). */
const FLUX_GROUP = /^(kustomize|helm|source)\.toolkit\.fluxcd\.io$/;

/**
 * Flux objects: Kustomizations, HelmReleases, GitRepositories and
 * OCIRepositories, the service deployed by GitOps. One with
 * `spec.suspend: true` is not reconciled, and is disabled.
 */
export const fluxDetector: Detector = {
  id: 'flux',
  wants: wantsManifests,
  detect: ({ files }) =>
    oncePerFile(
      manifestsIn(files)
        .filter(manifest =>
          isKind(
            manifest,
            FLUX_GROUP,
            'Kustomization',
            'HelmRelease',
            'GitRepository',
            'OCIRepository',
          ),
        )
        .map(manifest => ({
          fact: 'deployment',
          kind: 'flux',
          label: 'Flux',
          path: manifest.path,
          ...(manifest.spec.suspend === true
            ? { disabled: `the ${manifest.kind} is suspended (spec.suspend)` }
            : {}),
        })),
    ),
};
