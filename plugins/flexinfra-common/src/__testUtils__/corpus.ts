import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseDescriptorText, type DescriptorFile } from './descriptors';

/**
 * A real catalog to score, outside the repository: the folder of descriptor
 * files that the environment variable FLEXINFRA_CORPUS_DIR names. The
 * repository's own tests never need one (they use `src/__fixtures__`); the
 * corpus suite runs only when the variable is set.
 */
export const CORPUS_DIR_VARIABLE = 'FLEXINFRA_CORPUS_DIR';

/**
 * The corpus folder, resolved against the working directory, or undefined
 * when the variable is unset or empty. Throws, naming the folder, when the
 * variable names something that is not a folder.
 */
export function corpusDirFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const value = env[CORPUS_DIR_VARIABLE]?.trim();
  if (!value) {
    return undefined;
  }
  const dir = resolve(value);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `${CORPUS_DIR_VARIABLE} names ${value} (${dir}), which is not a folder. ` +
        `Set it to a folder of catalog descriptor files, or unset it to skip the corpus suite.`,
    );
  }
  return dir;
}

const DESCRIPTOR_FILE = /\.ya?ml$/;

/**
 * Every YAML file under the corpus folder, subfolders included (hidden
 * folders and node_modules excepted), as sorted `/`-separated paths relative
 * to it.
 */
export function listCorpusFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') {
          walk(path);
        }
      } else if (entry.isFile() && DESCRIPTOR_FILE.test(entry.name)) {
        found.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** Reads one corpus file the way a descriptor reader would: all documents. */
export function loadCorpusFile(dir: string, file: string): DescriptorFile {
  return parseDescriptorText(file, readFileSync(resolve(dir, file), 'utf8'));
}

/** One row of a corpus' `SOURCES.tsv`: a file and the kinds it holds. */
export interface CorpusSource {
  file: string;
  /** The distinct kinds of the file's documents; empty when it holds none. */
  kinds: string[];
  /** The file's YAML did not parse when the corpus was collected. */
  parseError: boolean;
}

/**
 * The corpus' own account of its files, from `SOURCES.tsv` in its folder
 * (tab-separated, with a header naming at least the `file` and `kinds`
 * columns; kinds are comma-separated, `none` when a file holds no entity and
 * `PARSE_ERROR` when its YAML does not parse), or undefined when the folder
 * has no such file.
 */
export function readCorpusSources(dir: string): CorpusSource[] | undefined {
  const path = resolve(dir, 'SOURCES.tsv');
  if (!existsSync(path)) {
    return undefined;
  }
  const [header, ...rows] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter(line => line.trim() !== '');
  const columns = header.split('\t');
  const fileColumn = columns.indexOf('file');
  const kindsColumn = columns.indexOf('kinds');
  if (fileColumn < 0 || kindsColumn < 0) {
    throw new Error(
      `${path} has no "file" and "kinds" columns in its header: ${header}`,
    );
  }
  return rows.map(row => {
    const cells = row.split('\t');
    const kinds = (cells[kindsColumn] ?? '').trim();
    return {
      file: cells[fileColumn],
      kinds:
        kinds === 'none' || kinds === 'PARSE_ERROR' || kinds === ''
          ? []
          : kinds.split(',').map(kind => kind.trim()),
      parseError: kinds === 'PARSE_ERROR',
    };
  });
}
