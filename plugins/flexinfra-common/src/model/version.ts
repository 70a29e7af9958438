import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import stableStringify from 'fast-json-stable-stringify';

/**
 * A model's version: a short hash of its canonical JSON, so that the same
 * content always has the same version and any change gets a new one.
 */
export function contentVersion(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(stableStringify(value)))).slice(0, 12);
}
