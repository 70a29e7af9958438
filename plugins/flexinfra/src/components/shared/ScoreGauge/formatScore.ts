import { getDoraLevel } from '@flexinfra/backstage-plugin-flexinfra-common';

/** A 0–100 score with at most one decimal: 62.5, 40. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

/** A DORA score with its level: "2.7 of 4 (Limited Automation)". */
export function formatDoraScore(doraScore: number): string {
  const value = (Math.round(doraScore * 10) / 10).toFixed(1);
  try {
    return `${value} of 4 (${getDoraLevel(doraScore).name})`;
  } catch {
    return `${value} of 4`;
  }
}

/** A 0–1 share as a whole percentage: 0.4 → "40%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
