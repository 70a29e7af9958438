import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ResultFilters } from '../../api';
import {
  type DashboardFilterKey,
  filtersFromSearchParams,
  withFilterValues,
  withoutFilters,
} from './filterParams';

/** What {@link useDashboardFilters} returns. */
export interface DashboardFiltersState {
  /** The filters applied to every query on the page. */
  filters: ResultFilters;
  /** Replaces the values of one filter. */
  setFilter: (key: DashboardFilterKey, values: readonly string[]) => void;
  /** Removes every filter. */
  clearFilters: () => void;
}

/**
 * The dashboard's filters, kept in the URL's query string so that a
 * filtered view can be bookmarked and shared.
 */
export function useDashboardFilters(): DashboardFiltersState {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const filters = useMemo(
    () => filtersFromSearchParams(new URLSearchParams(query)),
    [query],
  );
  const setFilter = useCallback(
    (key: DashboardFilterKey, values: readonly string[]) =>
      setSearchParams(current => withFilterValues(current, key, values)),
    [setSearchParams],
  );
  const clearFilters = useCallback(
    () => setSearchParams(current => withoutFilters(current)),
    [setSearchParams],
  );
  return { filters, setFilter, clearFilters };
}
