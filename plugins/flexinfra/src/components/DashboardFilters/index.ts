export { DashboardFilters } from './DashboardFilters';
export type { DashboardFiltersProps } from './DashboardFilters';
export { useDashboardFilters } from './useDashboardFilters';
export type { DashboardFiltersState } from './useDashboardFilters';
export { useFilterOptions } from './useFilterOptions';
export type { DashboardFilterOptions } from './useFilterOptions';
export {
  DASHBOARD_FILTER_KEYS,
  filtersFromSearchParams,
  hasFilters,
  trendsComparable,
} from './filterParams';
export type { DashboardFilterKey } from './filterParams';
