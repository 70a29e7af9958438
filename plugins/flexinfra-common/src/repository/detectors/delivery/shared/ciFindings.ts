import type { Finding } from '../../../types';

/** One pipeline file of a CI system and whether it deploys. */
export interface Pipeline {
  path: string;
  deploys: boolean;
}

/**
 * `ci` findings for the pipeline files of one CI system, the ones that
 * deploy first (a fact's message names its first file, and a deploying
 * pipeline says most). A pipeline that only builds and tests still counts
 * as CI; it just leaves `deploys` unset.
 */
export function ciFindings(
  pipelines: Pipeline[],
  kind: string,
  label: string,
): Finding[] {
  return [...pipelines]
    .sort((a, b) => Number(b.deploys) - Number(a.deploys))
    .map(pipeline => ({
      fact: 'ci' as const,
      kind,
      label,
      path: pipeline.path,
      ...(pipeline.deploys ? { deploys: true } : {}),
    }));
}
