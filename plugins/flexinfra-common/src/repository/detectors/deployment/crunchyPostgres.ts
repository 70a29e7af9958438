import type { Detector, Finding } from '../../types';
import { oncePerFile } from '../shared/findings';
import { isKind, manifestsIn, wantsManifests } from './manifests';
import { arrayOf, countOf, isObject, objectAt } from './objects';

/**
 * Crunchy Data PGO PostgresClusters: a `backups.pgbackrest` section is
 * backups; an instance set with two or more `replicas` is redundancy.
 */
export const crunchyPostgresDetector: Detector = {
  id: 'crunchy-postgres',
  wants: wantsManifests,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const manifest of manifestsIn(files)) {
      if (
        !isKind(
          manifest,
          'postgres-operator.crunchydata.com',
          'PostgresCluster',
        )
      ) {
        continue;
      }
      if (isObject(objectAt(manifest.spec, 'backups')?.pgbackrest)) {
        findings.push({
          fact: 'backups',
          kind: 'crunchy-postgres',
          label: 'Crunchy PostgreSQL backups',
          path: manifest.path,
        });
      }
      const replicated = arrayOf(manifest.spec.instances).some(
        set => isObject(set) && (countOf(set.replicas) ?? 1) >= 2,
      );
      if (replicated) {
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
