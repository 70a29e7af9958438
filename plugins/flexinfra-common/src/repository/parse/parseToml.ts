import { parse } from 'smol-toml';
import type { AnalyzerLimits } from '../types';
import { exceedsDepth } from './depth';

/** A TOML file (fly.toml, netlify.toml, …). Throws an Error saying what is wrong. */
export function parseToml(
  text: string,
  limits: Pick<AnalyzerLimits, 'maxDepth'>,
): Record<string, unknown> {
  let value: Record<string, unknown>;
  try {
    value = parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new Error(
      `is not valid TOML: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  if (exceedsDepth(value, limits.maxDepth)) {
    throw new Error(`nests deeper than the limit of ${limits.maxDepth}`);
  }
  return value;
}
