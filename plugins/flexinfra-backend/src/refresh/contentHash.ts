import { createHash } from 'node:crypto';

/**
 * A hash of a JSON value. Key order counts: the catalog serves an entity's
 * stored JSON with the same key order each time, so an unchanged entity
 * hashes the same; a reordering would at worst rescore it once.
 */
export function contentHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex');
}
