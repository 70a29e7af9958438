import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';

/** A hash of a JSON value that does not depend on key order. */
export function contentHash(value: unknown): string {
  return createHash('sha1').update(stableStringify(value)).digest('hex');
}
