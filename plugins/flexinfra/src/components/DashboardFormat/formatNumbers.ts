const countFormat = new Intl.NumberFormat(undefined);
const scoreFormat = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const percentFormat = new Intl.NumberFormat(undefined, {
  style: 'percent',
  maximumFractionDigits: 1,
});

/** A count with grouping: 12,345. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** A 0–100 score with one decimal, or an em dash when there is none. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined
    ? '—'
    : scoreFormat.format(value);
}

/** A 0–1 share as a percentage (at most one decimal), or an em dash. */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined
    ? '—'
    : percentFormat.format(value);
}

/** `part / whole` as a share, or null when `whole` is 0. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
