import type { Finding, RepositoryFileEntry } from '../../../types';
import { localDevelopmentReason } from './localDevelopmentTooling';

/** One monitoring file a detector recognised, and whether it alerts. */
export interface MonitoringFile {
  path: string;
  alerting: boolean;
}

/**
 * `monitoring` findings for one kind of file, alerting ones first (a
 * fact's message names its first file). A file that is tooling for local
 * development is kept but disabled, saying so: it proves nothing, and a
 * fact seen only there says where it was seen.
 */
export function monitoringFindings(
  files: MonitoringFile[],
  kind: string,
  label: string,
  listing: readonly RepositoryFileEntry[],
): Finding[] {
  return [...files]
    .sort((a, b) => Number(b.alerting) - Number(a.alerting))
    .map(file => {
      const local = localDevelopmentReason(file.path, listing);
      return {
        fact: 'monitoring' as const,
        kind,
        label,
        path: file.path,
        ...(file.alerting ? { alerting: true } : {}),
        ...(local ? { disabled: local } : {}),
      };
    });
}
