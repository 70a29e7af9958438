import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  entityNamed,
  parseDescriptorText,
  type DescriptorEntity,
  type DescriptorFile,
} from './descriptors';

/**
 * The descriptor files written for this project's tests
 * (`src/__fixtures__`): invented ACME entities shaped like what real catalogs
 * carry. Each document's leading comment says which real-world shape it
 * stands for.
 */
const fixturesDir = resolve(__dirname, '..', '__fixtures__');

/** Reads one fixture file: every YAML document, empty ones included. */
export function loadFixtureFile(file: string): DescriptorFile {
  return parseDescriptorText(
    file,
    readFileSync(resolve(fixturesDir, file), 'utf8'),
  );
}

/**
 * A fresh deep copy of one fixture entity, found by file and metadata.name
 * (and kind, when the file holds two entities of that name), so that a test
 * can change it freely.
 */
export function fixtureEntity(
  file: string,
  name: string,
  kind?: string,
): DescriptorEntity {
  return entityNamed(loadFixtureFile(file), name, kind);
}
