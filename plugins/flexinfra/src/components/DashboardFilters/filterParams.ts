import type { ResultFilters } from '../../api';

/** The filters the dashboard offers, in the order it shows them. */
export const DASHBOARD_FILTER_KEYS = [
  'kind',
  'type',
  'lifecycle',
  'owner',
  'system',
] as const;

/** One of the dashboard's filters; each is also a query-string parameter. */
export type DashboardFilterKey = (typeof DASHBOARD_FILTER_KEYS)[number];

/**
 * Reads the dashboard's filters from a query string: each filter is a
 * repeatable parameter (`?kind=component&kind=api&owner=group:default/a`),
 * as the backend takes them. Empty and repeated values are dropped; filters
 * without values are left out.
 */
export function filtersFromSearchParams(
  params: URLSearchParams,
): ResultFilters {
  const filters: ResultFilters = {};
  for (const key of DASHBOARD_FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) {
      filters[key] = values;
    }
  }
  return filters;
}

/** A copy of `params` with the values of one filter replaced. */
export function withFilterValues(
  params: URLSearchParams,
  key: DashboardFilterKey,
  values: readonly string[],
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(key);
  for (const value of new Set(values)) {
    next.append(key, value);
  }
  return next;
}

/** A copy of `params` without any of the dashboard's filters. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of DASHBOARD_FILTER_KEYS) {
    next.delete(key);
  }
  return next;
}

/** Whether any filter is set. */
export function hasFilters(filters: ResultFilters): boolean {
  return Object.values(filters).some(values => values && values.length > 0);
}

/**
 * Whether the backend's trends can be compared with these filters. Trends
 * come from daily snapshots of whole groups, taken without filters: an
 * owner filter keeps whole groups, so it is fine, but the other filters
 * would compare a filtered group of today with the whole group of back then.
 */
export function trendsComparable(filters: ResultFilters): boolean {
  return Object.entries(filters).every(
    ([key, values]) => key === 'owner' || !values || values.length === 0,
  );
}
