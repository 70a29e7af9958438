/**
 * Why a replica range never scales (its minimum is not below its maximum),
 * or undefined when it can scale or a bound is not known. The names are the
 * fields as the file spells them, e.g. `minReplicas` and `maxReplicas`.
 */
export function fixedRangeReason(
  minName: string,
  min: number | undefined,
  maxName: string,
  max: number | undefined,
): string | undefined {
  if (min === undefined || max === undefined) {
    return undefined;
  }
  if (min === max) {
    return `${minName} equals ${maxName} (${min}), so it never scales`;
  }
  if (min > max) {
    return `${minName} (${min}) is above ${maxName} (${max}), so it never scales`;
  }
  return undefined;
}
