import type { Finding } from '../../../types';
import { environmentValue } from './environmentNames';

/** The environment names one pipeline file deploys to, as written. */
export interface PipelineEnvironments {
  path: string;
  names: string[];
}

/**
 * `environments` findings for the files of one CI system. The fact means
 * *several* environments, so a CI system whose pipelines name only one
 * (say, `production`) proves nothing here and gives no finding; when its
 * files name two or more between them, each file naming one gives a finding
 * with the names it names.
 */
export function environmentFindings(
  files: PipelineEnvironments[],
  kind: string,
  label: string,
): Finding[] {
  const perFile = files
    .map(file => ({
      path: file.path,
      values: [
        ...new Set(
          file.names
            .map(environmentValue)
            .filter((v): v is string => v !== undefined),
        ),
      ],
    }))
    .filter(file => file.values.length > 0);
  const distinct = new Set(perFile.flatMap(file => file.values));
  if (distinct.size < 2) {
    return [];
  }
  return perFile.map(file => ({
    fact: 'environments',
    kind,
    label,
    path: file.path,
    values: file.values,
  }));
}
