import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { flexInfraApiRef, type SummaryGroup } from '../../api';
import type { FilterOption } from '../DashboardFilterSelect';
import { filterValueLabel } from './filterValueLabel';
import { DASHBOARD_FILTER_KEYS, type DashboardFilterKey } from './filterParams';

/** The values each filter can take. */
export type DashboardFilterOptions = Record<DashboardFilterKey, FilterOption[]>;

function toOptions(
  key: DashboardFilterKey,
  groups: SummaryGroup[],
): FilterOption[] {
  return groups
    .filter((group): group is SummaryGroup & { key: string } => !!group.key)
    .map(group => ({
      value: group.key,
      label: filterValueLabel(key, group.key),
      count: group.entities + group.invalid,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The values present in the stored results for each filter, from the
 * backend's summaries (one aggregate query per filter, loaded once): kinds,
 * types, lifecycles, systems and owning groups.
 */
export function useFilterOptions() {
  const flexInfraApi = useApi(flexInfraApiRef);
  return useAsyncRetry(async (): Promise<DashboardFilterOptions> => {
    const summaries = await Promise.all(
      DASHBOARD_FILTER_KEYS.map(groupBy =>
        flexInfraApi.getSummary({ groupBy }),
      ),
    );
    return Object.fromEntries(
      DASHBOARD_FILTER_KEYS.map((key, index) => [
        key,
        toOptions(key, summaries[index].groups),
      ]),
    ) as DashboardFilterOptions;
  }, [flexInfraApi]);
}
