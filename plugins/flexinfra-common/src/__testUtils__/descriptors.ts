import { parseAllDocuments } from 'yaml';

/** An entity as a descriptor file holds it: plain data, not yet validated. */
export type DescriptorEntity = {
  kind: string;
  metadata: { name: string; [key: string]: unknown };
  [key: string]: unknown;
};

/** What reading one descriptor file gives. */
export interface DescriptorFile {
  file: string;
  /** Each YAML document as plain JS (null for an empty document). */
  documents: unknown[];
  /** YAML-level parse errors; when there are any, `documents` is empty. */
  errors: string[];
}

/**
 * Reads the text of a descriptor file the way a catalog reader would: every
 * YAML document, in order, empty ones included.
 */
export function parseDescriptorText(
  file: string,
  text: string,
): DescriptorFile {
  // logLevel 'error' keeps the yaml package from warning (to the console)
  // about unrendered `{{ ... }}` placeholders, which read as mapping keys.
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

/**
 * A deep copy of the one entity of a parsed file with this metadata.name
 * (and kind, when the file holds two entities of that name).
 */
export function entityNamed(
  { file, documents, errors }: DescriptorFile,
  name: string,
  kind?: string,
): DescriptorEntity {
  if (errors.length > 0) {
    throw new Error(`${file} does not parse: ${errors.join('; ')}`);
  }
  const matches = documents.filter(
    (doc): doc is DescriptorEntity =>
      typeof doc === 'object' &&
      doc !== null &&
      (doc as DescriptorEntity).metadata?.name === name &&
      (kind === undefined || (doc as DescriptorEntity).kind === kind),
  );
  if (matches.length !== 1) {
    throw new Error(
      `Expected one entity named ${name}${
        kind ? ` of kind ${kind}` : ''
      } in ${file}, found ${matches.length}`,
    );
  }
  return structuredClone(matches[0]);
}
