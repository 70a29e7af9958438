/**
 * Tag and label keys that attribute cost, compared without case, prefix
 * (`acme:cost-center`, `example.com/cost-center`) or separators
 * (`cost_center`, `cost-centre`, `CostCenter`): cost center, billing,
 * chargeback and cost allocation. `team`, `owner` or `project` alone name
 * who owns or what a resource is for, not who pays for it, so they are
 * left out.
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

/** Whether a tag or label key attributes cost. */
export function isCostAttributionKey(key: string): boolean {
  const name = key.slice(
    Math.max(key.lastIndexOf('/'), key.lastIndexOf(':')) + 1,
  );
  return COST_KEYS.has(name.toLocaleLowerCase('en-US').replace(/[-_.\s]/g, ''));
}

/** Whether a tag value says something (an expression counts; blank does not). */
export function hasValue(value: unknown): boolean {
  return (
    (typeof value === 'string' && value.trim() !== '') ||
    typeof value === 'number'
  );
}

/** Whether a map of labels or annotations has a cost key with a value. */
export function hasCostAttribution(map: Record<string, string>): boolean {
  return Object.entries(map).some(
    ([key, value]) => isCostAttributionKey(key) && value.trim() !== '',
  );
}
