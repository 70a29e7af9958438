import { analyzeRepository } from '../../../analyzeRepository';
import { memorySource } from '../../../__testUtils__/memorySource';
import type { Detector } from '../../../types';

/** Runs detectors over an in-memory repository; the facts and what was read. */
export async function analyzeWith(
  detectors: readonly Detector[],
  files: Record<string, string>,
) {
  const source = memorySource(files);
  const facts = await analyzeRepository(source, { detectors });
  return { facts, reads: source.reads };
}

export { warmUpHclParser } from '../../../__testUtils__/warmUpHclParser';
