import type {
  EntitySummary,
  ResultFilters,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { ResultStore } from '../database/ResultStore';

/** The fewest entities read from the store at a time. */
const MIN_BATCH = 50;

/**
 * The `limit` lowest-scoring entities the caller may read: reads the store
 * in batches, lowest score first, dropping what `readable` rejects, until
 * enough are kept or the store has no more.
 */
export async function readWorstEntities(options: {
  resultStore: ResultStore;
  filters: ResultFilters;
  limit: number;
  readable: (items: EntitySummary[]) => Promise<EntitySummary[]>;
}): Promise<EntitySummary[]> {
  const { resultStore, filters, limit, readable } = options;
  const batchSize = Math.max(limit, MIN_BATCH);
  const kept: EntitySummary[] = [];
  let after: { score: number; entityRef: string } | undefined;
  for (;;) {
    const batch = await resultStore.listByScore({
      filters,
      limit: batchSize,
      after,
    });
    kept.push(...(await readable(batch)));
    const last = batch[batch.length - 1];
    if (kept.length >= limit || batch.length < batchSize || !last) {
      return kept.slice(0, limit);
    }
    after = { score: last.score, entityRef: last.entityRef };
  }
}
