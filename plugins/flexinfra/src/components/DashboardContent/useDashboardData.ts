import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { flexInfraApiRef, type ResultFilters } from '../../api';

/** How many days back the dashboard's trends compare with. */
export const DASHBOARD_TREND_DAYS = 30;

/**
 * The owner summary of the filtered results: the total (headline numbers
 * and stage distribution) and a row per owning group (the teams table), in
 * one aggregate query.
 */
export function useOwnerSummary(filters: ResultFilters) {
  const flexInfraApi = useApi(flexInfraApiRef);
  return useAsyncRetry(
    () =>
      flexInfraApi.getSummary({
        groupBy: 'owner',
        filters,
        trendDays: DASHBOARD_TREND_DAYS,
      }),
    [flexInfraApi, filters],
  );
}

/** Pass, fail and waived counts per check of the filtered results. */
export function useCheckStatistics(filters: ResultFilters) {
  const flexInfraApi = useApi(flexInfraApiRef);
  return useAsyncRetry(
    () => flexInfraApi.getCheckStatistics({ filters }),
    [flexInfraApi, filters],
  );
}

/** The active waivers of the filtered results. */
export function useWaivers(filters: ResultFilters) {
  const flexInfraApi = useApi(flexInfraApiRef);
  return useAsyncRetry(
    () => flexInfraApi.getWaivers({ filters }),
    [flexInfraApi, filters],
  );
}

/** What the templates the model links did for the catalog. */
export function useAdoption() {
  const flexInfraApi = useApi(flexInfraApiRef);
  return useAsyncRetry(() => flexInfraApi.getAdoption(), [flexInfraApi]);
}
