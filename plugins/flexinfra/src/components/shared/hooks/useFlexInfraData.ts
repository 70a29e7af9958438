import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  flexInfraApiRef,
  type EntitySummary,
  type FlexInfraSummary,
  type ResultFilters,
  type SummaryGroupBy,
} from '../../../api';

/** How many history entries the trend chart shows. */
export const HISTORY_LIMIT = 100;

/**
 * The entity's scorecard (`undefined` when it has not been scored yet);
 * `retry` loads it again.
 */
export function useEntityScorecard(entity: CompoundEntityRef) {
  const api = useApi(flexInfraApiRef);
  const { kind, namespace, name } = entity;
  return useAsyncRetry(
    () => api.getScorecard({ kind, namespace, name }),
    [api, kind, namespace, name],
  );
}

/** The template runs for the entity, newest first, with what each fixed. */
export function useEntityAdoption(entity: CompoundEntityRef) {
  const api = useApi(flexInfraApiRef);
  const { kind, namespace, name } = entity;
  return useAsync(
    () => api.getEntityAdoption({ kind, namespace, name }),
    [api, kind, namespace, name],
  );
}

/** The entity's most recent result changes, newest first. */
export function useScoreHistory(entity: CompoundEntityRef) {
  const api = useApi(flexInfraApiRef);
  const { kind, namespace, name } = entity;
  return useAsyncRetry(
    () => api.getHistory({ kind, namespace, name }, { limit: HISTORY_LIMIT }),
    [api, kind, namespace, name],
  );
}

/**
 * The maturity model the backend scores against (check definitions, their
 * sources, stages, dimensions).
 */
export function useFlexInfraModel() {
  const api = useApi(flexInfraApiRef);
  return useAsync(() => api.getModel(), [api]);
}

/** The backend's refresh status. */
export function useRefreshStatus() {
  const api = useApi(flexInfraApiRef);
  return useAsyncRetry(() => api.getStatus(), [api]);
}

/** How many of the worst entities a rollup lists. */
export const WORST_ENTITIES_LIMIT = 5;

/** A rollup: the aggregate of the filtered results and the worst entities. */
export interface Rollup {
  summary: FlexInfraSummary;
  worst: EntitySummary[];
}

/**
 * The rollup of the results the filters select: the summary (its `total` is
 * the aggregate) and the lowest-scoring entities.
 */
export function useRollup(groupBy: SummaryGroupBy, filters: ResultFilters) {
  const api = useApi(flexInfraApiRef);
  const key = JSON.stringify(filters);
  return useAsyncRetry(async (): Promise<Rollup> => {
    const [summary, { items }] = await Promise.all([
      api.getSummary({ groupBy, filters }),
      api.listEntities({ filters, limit: WORST_ENTITIES_LIMIT }),
    ]);
    return { summary, worst: items };
    // The filters are compared by value (`key`), not by identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, groupBy, key]);
}
