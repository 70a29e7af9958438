import type { ResultFilters } from './types';

/**
 * Every result filter, in the order the API documents them (and clients
 * send them).
 *
 * @public
 */
export const RESULT_FILTER_NAMES = [
  'kind',
  'type',
  'lifecycle',
  'owner',
  'system',
  'domain',
] as const satisfies ReadonlyArray<keyof ResultFilters>;
