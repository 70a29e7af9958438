import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The repository root (this file is `plugins/flexinfra-common/src/__testUtils__`). */
export const repoRoot = resolve(__dirname, '../../../..');

/**
 * The shared domain material lives beside the repository: `/work/shared` next
 * to `/work/main` here, and `<clone>/../shared` in CI.
 */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const seedsDir = resolve(sharedDir, 'seeds');
export const corpusDir = resolve(sharedDir, 'corpus', 'real-catalog');

function requireDir(dir: string): string {
  if (!existsSync(dir)) {
    throw new Error(
      `Expected the shared folder beside the repository, but ${dir} does not exist`,
    );
  }
  return dir;
}

/** Every YAML file of the corpus, `templated/` included, as paths relative to it. */
export function listCorpusFiles(): string[] {
  const dir = requireDir(corpusDir);
  const yamlFiles = (names: string[]) =>
    names.filter(name => /\.ya?ml$/.test(name)).sort();
  return [
    ...yamlFiles(readdirSync(dir)),
    ...yamlFiles(readdirSync(resolve(dir, 'templated'))).map(
      name => `templated/${name}`,
    ),
  ];
}

export interface CorpusFile {
  file: string;
  /** Each YAML document as plain JS (null for an empty document). */
  documents: unknown[];
  /** YAML-level parse errors; when there are any, `documents` is empty. */
  errors: string[];
}

/** Reads one corpus file the way a descriptor reader would: all documents. */
export function loadCorpusFile(file: string): CorpusFile {
  const text = readFileSync(resolve(requireDir(corpusDir), file), 'utf8');
  // logLevel 'error' keeps the yaml package from warning (to the console) about
  // the templated files whose `{{ ... }}` placeholders read as mapping keys.
  const docs = parseAllDocuments(text, { logLevel: 'error' });
  const list = Array.isArray(docs) ? docs : [docs];
  const errors = list.flatMap(doc =>
    doc.errors.map(error => `${error.code}: ${error.message}`),
  );
  if (errors.length > 0) {
    return { file, documents: [], errors };
  }
  return { file, documents: list.map(doc => doc.toJS()), errors };
}

type AnyEntity = {
  kind: string;
  metadata: { name: string; [key: string]: unknown };
  [key: string]: unknown;
};

/**
 * A deep copy of one real entity of the corpus, found by file and
 * metadata.name (and kind, when a file holds two entities of that name).
 */
export function corpusEntity(
  file: string,
  name: string,
  kind?: string,
): AnyEntity {
  const { documents, errors } = loadCorpusFile(file);
  if (errors.length > 0) {
    throw new Error(`${file} does not parse: ${errors.join('; ')}`);
  }
  const matches = documents.filter(
    (doc): doc is AnyEntity =>
      typeof doc === 'object' &&
      doc !== null &&
      (doc as AnyEntity).metadata?.name === name &&
      (kind === undefined || (doc as AnyEntity).kind === kind),
  );
  if (matches.length !== 1) {
    throw new Error(
      `Expected one entity named ${name} in ${file}, found ${matches.length}`,
    );
  }
  return structuredClone(matches[0]);
}
