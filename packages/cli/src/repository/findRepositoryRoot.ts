import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The root of the git work tree a file lies in: the nearest folder above it
 * holding `.git` (a folder, or a file for worktrees and submodules).
 * Undefined when the file is in no git work tree.
 */
export function findRepositoryRoot(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}
