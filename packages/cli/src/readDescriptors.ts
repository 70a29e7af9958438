import { promises as fs } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { LineCounter, parseAllDocuments, YAMLError } from 'yaml';

/** One YAML document of a descriptor file. */
export interface Descriptor {
  /** The file, relative to the working directory. */
  file: string;
  /** The line the document's content starts on (1-based). */
  line: number;
  /** The document as plain data; the engine judges whether it is an entity. */
  value: unknown;
}

/** A problem with the input: a pattern that matched nothing, bad YAML, … */
export interface InputError {
  /** The file, relative to the working directory, if the problem is in one. */
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ReadDescriptorsResult {
  /** The files read, relative to the working directory, in argument order. */
  files: string[];
  descriptors: Descriptor[];
  errors: InputError[];
}

/** `file:line:column: message`, as compilers and editors print it. */
export function formatInputError(error: InputError): string {
  const where = [error.file, error.line, error.column]
    .filter(part => part !== undefined)
    .join(':');
  return where ? `${where}: ${error.message}` : error.message;
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return rel && !outside ? rel : file;
}

async function isFile(path: string): Promise<boolean | 'directory'> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) {
      return 'directory';
    }
    return stat.isFile();
  } catch {
    return false;
  }
}

/**
 * Expands the arguments into files: an argument that names an existing file
 * is taken as it is (so names with glob characters work); anything else is a
 * glob, expanded relative to `cwd` and sorted. Every argument must yield at
 * least one file.
 */
async function expandPatterns(
  patterns: string[],
  cwd: string,
): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const pattern of patterns) {
    const literal = resolve(cwd, pattern);
    const kind = await isFile(literal);
    if (kind === 'directory') {
      errors.push({
        file: displayPath(cwd, literal),
        message: `is a directory; pass descriptor files or a glob such as "${pattern.replace(
          /\/+$/,
          '',
        )}/*.yaml"`,
      });
      continue;
    }
    if (kind) {
      files.push(literal);
      continue;
    }
    const matches = (
      await fg(pattern, { cwd, absolute: true, onlyFiles: true, dot: false })
    ).sort();
    if (matches.length === 0) {
      errors.push({ message: `No files match "${pattern}"` });
    }
    files.push(...matches);
  }
  return { files: [...new Set(files)], errors };
}

function describeYamlError(error: YAMLError): string {
  // yaml appends " at line L, column C:" and a code frame; the position is
  // printed in front instead, and the frame on the following lines.
  const [first, ...rest] = error.message.split('\n');
  const message = first.replace(/ at line \d+, column \d+:?$/, '');
  const frame = rest.filter(l => l.trim() !== '').map(l => `    ${l}`);
  return [`invalid YAML: ${message} (${error.code})`, ...frame].join('\n');
}

/** Parses one file's YAML documents; a file with a YAML error yields none. */
function parseDescriptorFile(
  file: string,
  text: string,
): { descriptors: Descriptor[]; errors: InputError[] } {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: true,
  });
  const yamlErrors = documents.flatMap(doc => doc.errors);
  if (yamlErrors.length > 0) {
    const [first] = yamlErrors;
    const more = yamlErrors.length - 1;
    return {
      descriptors: [],
      errors: [
        {
          file,
          line: first.linePos?.[0].line,
          column: first.linePos?.[0].col,
          message: `${describeYamlError(first)}${
            more > 0
              ? `\n    (and ${more} more YAML error${
                  more > 1 ? 's' : ''
                } in this file)`
              : ''
          }\n    No entity in this file was scored.`,
        },
      ],
    };
  }
  const descriptors: Descriptor[] = [];
  for (const doc of documents) {
    const value = doc.toJS();
    if (value === null || value === undefined) {
      continue; // an empty document, e.g. after a trailing `---`
    }
    const offset = doc.contents?.range[0] ?? doc.range[0];
    descriptors.push({ file, line: lineCounter.linePos(offset).line, value });
  }
  return { descriptors, errors: [] };
}

/**
 * Reads catalog descriptor files: expands the globs, parses every file's
 * YAML documents, and reports problems with the file and line they are at.
 * A bad file does not stop the others from being read.
 */
export async function readDescriptors(
  patterns: string[],
  options: { cwd: string },
): Promise<ReadDescriptorsResult> {
  const { cwd } = options;
  const expanded = await expandPatterns(patterns, cwd);
  const errors = [...expanded.errors];
  const descriptors: Descriptor[] = [];
  const files: string[] = [];
  for (const path of expanded.files) {
    const file = displayPath(cwd, path);
    files.push(file);
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch (error) {
      errors.push({
        file,
        message: `could not be read: ${(error as Error).message}`,
      });
      continue;
    }
    const parsed = parseDescriptorFile(file, text);
    descriptors.push(...parsed.descriptors);
    errors.push(...parsed.errors);
  }
  return { files, descriptors, errors };
}
