/**
 * The annotation prefix of a waiver: `flexinfra.io/waive.<check-id>`.
 *
 * @public
 */
export const WAIVER_ANNOTATION_PREFIX = 'flexinfra.io/waive.';

/**
 * Whether annotations carry any waiver (`flexinfra.io/waive.*`). Waivers
 * expire, so an entity with one must be judged again each day.
 *
 * @public
 */
export function hasWaiverAnnotations(
  annotations: Record<string, string> | undefined,
): boolean {
  for (const key in annotations) {
    if (key.startsWith(WAIVER_ANNOTATION_PREFIX)) {
      return true;
    }
  }
  return false;
}

export type Waiver =
  | { valid: true; expires: string; reason: string; expired: boolean }
  | { valid: false; problem: string };

const WAIVER_FORMAT = /^(\d{4}-\d{2}-\d{2})\s*:\s*(\S.*)$/s;

/**
 * Reads the waiver an entity carries for a check, if any. The annotation's
 * value is `YYYY-MM-DD: reason`; the waiver holds through the end of that day
 * (UTC).
 */
export function readWaiver(
  annotations: Record<string, string> | undefined,
  checkId: string,
  now: Date,
): Waiver | undefined {
  const value = annotations?.[`${WAIVER_ANNOTATION_PREFIX}${checkId}`];
  if (value === undefined) {
    return undefined;
  }
  const match = WAIVER_FORMAT.exec(value.trim());
  const expiresAt = match ? Date.parse(`${match[1]}T23:59:59.999Z`) : NaN;
  if (!match || Number.isNaN(expiresAt) || !isRealDate(match[1])) {
    return {
      valid: false,
      problem: `waiver annotation ${WAIVER_ANNOTATION_PREFIX}${checkId} is malformed: expected "YYYY-MM-DD: reason", got ${JSON.stringify(
        value,
      )}`,
    };
  }
  return {
    valid: true,
    expires: match[1],
    reason: match[2].trim(),
    expired: now.getTime() > expiresAt,
  };
}

function isRealDate(isoDay: string): boolean {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDay
  );
}
