import { promises as fs } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  DEFAULT_ANALYZER_LIMITS,
  isSkippedFolder,
  type AnalyzerLimits,
  type RepositoryFileEntry,
  type RepositorySource,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';

/** Orders names by code unit, the same on every machine. */
function compareNames(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/** Whether `path` is `root` or lies inside it (both resolved). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return (
    rel === '' ||
    (!rel.startsWith(`..${sep}`) &&
      rel !== '..' &&
      !rel.startsWith(sep) &&
      !/^[a-zA-Z]:/.test(rel))
  );
}

/**
 * The real path of `path` when it stays inside `root`, following symbolic
 * links; undefined when it leads outside (or nowhere).
 */
async function confined(
  root: string,
  path: string,
): Promise<string | undefined> {
  try {
    const real = await fs.realpath(path);
    return isInside(root, real) ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A repository on disk, as the analyzer reads it: every file under `root`
 * with its size (`/`-separated paths), and a reader confined to `root`.
 *
 * - A symbolic link is listed only when it leads to a file inside `root`;
 *   a linked folder is not descended into (its files are listed where they
 *   really are, and a link cannot make the walk loop).
 * - Folders the analyzer never reads (`.git`, dependencies, build output)
 *   are not listed.
 * - At most `limits.maxFiles + 1` files are listed, so the analyzer can say
 *   that the repository has more than it considers.
 * - `read` refuses absolute paths and `..`, and anything that resolves
 *   outside `root`.
 *
 * @public
 */
export async function readDirectorySource(
  root: string,
  options: { limits?: Partial<AnalyzerLimits> } = {},
): Promise<RepositorySource> {
  const maxFiles = options.limits?.maxFiles ?? DEFAULT_ANALYZER_LIMITS.maxFiles;
  const realRoot = await fs.realpath(resolve(root));
  if (!(await fs.stat(realRoot)).isDirectory()) {
    throw new Error(`${root} is not a folder`);
  }

  const files: RepositoryFileEntry[] = [];
  const folders: string[] = [''];
  while (folders.length > 0 && files.length <= maxFiles) {
    const folder = folders.pop()!;
    const entries = await fs.readdir(join(realRoot, folder), {
      withFileTypes: true,
    });
    entries.sort((a, b) => compareNames(a.name, b.name));
    for (const entry of entries) {
      if (files.length > maxFiles) {
        break;
      }
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // The analyzer skips these folders; do not even list them.
        if (!isSkippedFolder(entry.name)) {
          folders.push(path);
        }
      } else if (entry.isFile()) {
        const { size } = await fs.stat(join(realRoot, path));
        files.push({ path, size });
      } else if (entry.isSymbolicLink()) {
        const target = await confined(realRoot, join(realRoot, path));
        const stat = target ? await fs.stat(target) : undefined;
        if (stat?.isFile()) {
          files.push({ path, size: stat.size });
        }
      }
    }
  }

  return {
    files,
    async read(path: string) {
      const parts = path.split(/[\\/]/);
      if (
        path.startsWith('/') ||
        /^[a-zA-Z]:/.test(path) ||
        path.includes('\0') ||
        parts.includes('..')
      ) {
        throw new Error(
          `refused to read ${path}: not a path inside the repository`,
        );
      }
      const target = await confined(realRoot, join(realRoot, ...parts));
      if (!target) {
        throw new Error(
          `refused to read ${path}: it leads outside the repository`,
        );
      }
      return new Uint8Array(await fs.readFile(target));
    },
  };
}
