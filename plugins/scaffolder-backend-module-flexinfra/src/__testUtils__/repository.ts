import {
  analyzeRepository,
  type RepositoryFacts,
  type RepositorySource,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import type { CheckEvidence } from '@flexinfra/backstage-plugin-flexinfra-common';

/** Files held in memory (path → content) as a repository the analyzer reads. */
export function memoryRepository(
  files: Map<string, string> | Record<string, string>,
): RepositorySource {
  const byPath = new Map(files instanceof Map ? files : Object.entries(files));
  return {
    files: [...byPath].map(([path, content]) => ({
      path,
      size: Buffer.byteLength(content),
    })),
    async read(path) {
      const content = byPath.get(path);
      if (content === undefined) {
        throw new Error(`no file ${path}`);
      }
      return content;
    },
  };
}

/**
 * What FlexInfra's repository analyzer reads from files (e.g. a dry run's
 * workspace), as it will once they are merged; failing on any file it could
 * not parse, since generated files must all parse.
 */
export async function repositoryFactsOf(
  files: Map<string, string> | Record<string, string>,
): Promise<RepositoryFacts> {
  const facts = await analyzeRepository(memoryRepository(files));
  expect(facts.problems).toEqual([]);
  return facts;
}

/** Every path a check's repository evidence names. */
export function repositoryPaths(evidence: CheckEvidence[] = []): string[] {
  return evidence
    .filter(item => item.origin === 'repository')
    .flatMap(item => item.paths ?? []);
}
