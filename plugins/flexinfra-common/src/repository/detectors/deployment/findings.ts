import type { Finding } from '../../types';

/**
 * The findings with repeats dropped: one per fact, kind, file and state, so
 * a file with five Deployments counts once for its kind.
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
      seen.set(key, finding);
    } else if (finding.values?.length) {
      earlier.values = [
        ...new Set([...(earlier.values ?? []), ...finding.values]),
      ];
    }
  }
  return [...seen.values()];
}
