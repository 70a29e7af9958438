import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';
import { countOf, isObject } from './objects';

/**
 * CloudNativePG PostgreSQL clusters: a `backup` section (object store or
 * volume snapshots) or a ScheduledBackup is backups; two or more
 * `instances` (a primary and standbys) is redundancy.
 */
export const cloudNativePgDetector: Detector = {
  id: 'cloudnative-pg',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      const backups =
        (isKind(manifest, 'postgresql.cnpg.io', 'Cluster') &&
          isObject(manifest.spec.backup)) ||
        isKind(manifest, 'postgresql.cnpg.io', 'ScheduledBackup');
      if (backups) {
        findings.push({
          fact: 'backups',
          kind: 'cloudnative-pg',
          label: 'CloudNativePG backups',
          path: manifest.path,
          ...(manifest.spec.suspend === true
            ? { disabled: 'the scheduled backup is suspended' }
            : {}),
        });
      }
      if (
        isKind(manifest, 'postgresql.cnpg.io', 'Cluster') &&
        (countOf(manifest.spec.instances) ?? 1) >= 2
      ) {
        findings.push({
          fact: 'redundancy',
          kind: 'replicas',
          label: 'two or more replicas',
          path: manifest.path,
        });
      }
    }
    return oncePerFile(findings);
  },
};
