/**
 * Label and annotation keys that attribute cost, compared without case,
 * prefix (`example.com/cost-center`) or separators (`cost_center`,
 * `cost-centre`, `costCenter`): cost center, billing, chargeback and cost
 * allocation. `team` or `owner` alone names an owner, not who pays. The
 * same list as the infrastructure-as-code tag detectors use.
 */
const COST_KEYS = new Set([
  'costcenter',
  'costcentre',
  'billing',
  'billingcode',
  'billingaccount',
  'chargeback',
  'chargecode',
  'costallocation',
]);

/** Whether a label or annotation key attributes cost. */
export function isCostAttributionKey(key: string): boolean {
  const name = key.slice(
    Math.max(key.lastIndexOf('/'), key.lastIndexOf(':')) + 1,
  );
  return COST_KEYS.has(name.toLocaleLowerCase('en-US').replace(/[-_.\s]/g, ''));
}

/** Whether a map of labels or annotations has a cost key with a value. */
export function hasCostAttribution(map: Record<string, string>): boolean {
  return Object.entries(map).some(
    ([key, value]) => isCostAttributionKey(key) && value.trim() !== '',
  );
}
