import type { Finding } from '../../types';

/**
 * The findings with repeats dropped: one per fact, kind, file and state
 * (so a file with five alarms counts once), values merged.
 */
export function oncePerFile(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const finding of findings) {
    const key = [
      finding.fact,
      finding.kind,
      finding.path,
      finding.disabled ?? '',
    ].join('\u0000');
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { ...finding });
    } else if (finding.values?.length) {
      earlier.values = [
        ...new Set([...(earlier.values ?? []), ...finding.values]),
      ];
    }
  }
  return [...seen.values()];
}

/** The last segment of a path. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The folder segments of a path (its file name left out). */
export function folderSegments(path: string): string[] {
  return path.split('/').slice(0, -1);
}
