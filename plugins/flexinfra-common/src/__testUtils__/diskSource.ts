import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RepositorySource } from '../repository';

/** Every file under a folder, hidden ones included, with its size. */
function listFiles(
  root: string,
  dir: string = root,
): RepositorySource['files'] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return listFiles(root, path);
    }
    if (!entry.isFile()) {
      return [];
    }
    return [
      {
        path: relative(root, path).split(sep).join('/'),
        size: statSync(path).size,
      },
    ];
  });
}

/**
 * A folder on disk as a repository, for tests: every file under it, listed
 * relative to it (`/`-separated), read from disk when the analyzer asks.
 * Test-only; the analyzer's real sources live in the CLI and the backend.
 */
export function diskSource(root: string): RepositorySource {
  return {
    files: listFiles(root),
    async read(path) {
      return readFileSync(join(root, ...path.split('/')));
    },
  };
}
