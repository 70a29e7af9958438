import type { AnalyzerLimits } from '../types';
import { exceedsDepth } from './depth';

/** A JSON file, depth-bounded. Throws an Error saying what is wrong. */
export function parseJson(
  text: string,
  limits: Pick<AnalyzerLimits, 'maxDepth'>,
): unknown {
  let value: unknown;
  try {
    // A byte-order mark is not JSON, but editors write one.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`is not valid JSON: ${(e as Error).message}`);
  }
  if (exceedsDepth(value, limits.maxDepth)) {
    throw new Error(`nests deeper than the limit of ${limits.maxDepth}`);
  }
  return value;
}
