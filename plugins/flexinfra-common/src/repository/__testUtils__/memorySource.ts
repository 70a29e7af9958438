import type { RepositorySource } from '../types';

/**
 * A repository held in memory, for tests: path → content. Every read is
 * recorded, so a test can tell which files the analyzer read.
 */
export function memorySource(
  files: Record<string, string | Uint8Array>,
): RepositorySource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    files: Object.entries(files).map(([path, content]) => ({
      path,
      size:
        typeof content === 'string'
          ? Buffer.byteLength(content)
          : content.byteLength,
    })),
    async read(path) {
      reads.push(path);
      const content = files[path];
      if (content === undefined) {
        throw new Error(`no file ${path}`);
      }
      return content;
    },
  };
}
