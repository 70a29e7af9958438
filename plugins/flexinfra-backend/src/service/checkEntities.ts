import { InputError } from '@backstage/errors';
import type {
  CheckEntitiesPage,
  CheckEntity,
  ResultFilters,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { ResultStore } from '../database/ResultStore';

/** The fewest entities read from the store at a time. */
const MIN_BATCH = 100;

/**
 * A cursor names the last entity of the previous page. It is opaque to
 * clients (base64url) and only ever names an entity the caller could read.
 */
export function encodeCursor(entityRef: string): string {
  return Buffer.from(entityRef, 'utf8').toString('base64url');
}

/** @throws InputError unless `cursor` is one that encodeCursor made. */
export function decodeCursor(cursor: string): string {
  const entityRef = Buffer.from(cursor, 'base64url').toString('utf8');
  if (
    encodeCursor(entityRef) !== cursor ||
    !/^[^:/\s]+:[^:/\s]+\/[^/\s]+$/.test(entityRef)
  ) {
    throw new InputError(
      'Invalid cursor: pass the nextCursor of the previous page',
    );
  }
  return entityRef;
}

/**
 * A page of a check's drill-down holding only entities the caller may read.
 *
 * Reads the store in batches after the cursor, drops what `readable` rejects
 * and stops once `limit` entities are kept or the store has no more. The next
 * cursor names the last entity kept, so unreadable entities are never
 * revealed, not even through the cursor.
 */
export async function readCheckEntitiesPage(options: {
  resultStore: ResultStore;
  checkId: string;
  status: CheckEntity['status'];
  filters: ResultFilters;
  limit: number;
  cursor?: string;
  readable: (items: CheckEntity[]) => Promise<CheckEntity[]>;
}): Promise<CheckEntitiesPage> {
  const { resultStore, checkId, status, filters, limit, readable } = options;
  const batchSize = Math.max(limit, MIN_BATCH);
  const items: CheckEntity[] = [];
  let after =
    options.cursor === undefined ? undefined : decodeCursor(options.cursor);

  for (;;) {
    const batch = await resultStore.getCheckEntities({
      checkId,
      status,
      filters,
      limit: batchSize,
      after,
    });
    for (const item of await readable(batch.items)) {
      if (items.length === limit) {
        // More readable entities follow this page.
        return page(true);
      }
      items.push(item);
    }
    const last = batch.items[batch.items.length - 1];
    if (!batch.nextCursor || !last) {
      return page(false);
    }
    if (items.length === limit) {
      return page(true);
    }
    after = last.entityRef;
  }

  function page(more: boolean): CheckEntitiesPage {
    const last = items[items.length - 1];
    return {
      checkId,
      status,
      items,
      nextCursor: more && last ? encodeCursor(last.entityRef) : null,
    };
  }
}
