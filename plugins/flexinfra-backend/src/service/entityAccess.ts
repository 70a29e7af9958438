import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { RequestedEntity } from './entityRefParams';

/*
 * Permissions: FlexInfra serves what it stored about an entity only to
 * callers the catalog lets read that entity. The catalog is asked with the
 * caller's own credentials, so its permission policy (catalog.entity.read)
 * decides:
 *
 * - an entity's scorecard and history: 404 unless the entity is readable;
 * - drill-downs and the export: every page is filtered, so unreadable
 *   entities are never listed (nor named in a cursor).
 *
 * Summaries and check statistics are aggregates (counts only, no entity
 * names) and are served to any signed-in user or service.
 */

/**
 * Fails with 404 unless the catalog lets the caller read the entity. An
 * entity that does not exist and one the caller may not read are
 * indistinguishable.
 */
export async function assertEntityReadable(
  catalog: CatalogService,
  entity: RequestedEntity,
  credentials: BackstageCredentials,
): Promise<void> {
  // The smallest projection the catalog answers with: whether the entity is
  // there for this caller, not the entity itself.
  const {
    items: [found],
  } = await catalog.getEntitiesByRefs(
    { entityRefs: [entity.entityRef], fields: ['kind'] },
    { credentials },
  );
  if (!found) {
    throw new NotFoundError(
      `No entity ${entity.entityRef} is visible in the catalog`,
    );
  }
}

/**
 * Keeps the items whose entity the catalog lets the caller read, in order.
 * The catalog answers each ref at its index, with null for an entity that is
 * missing or not readable by the caller.
 */
export async function filterReadable<T extends { entityRef: string }>(
  catalog: CatalogService,
  items: T[],
  credentials: BackstageCredentials,
): Promise<T[]> {
  if (items.length === 0) {
    return [];
  }
  const { items: entities } = await catalog.getEntitiesByRefs(
    {
      entityRefs: items.map(item => item.entityRef),
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    },
    { credentials },
  );
  return items.filter((_item, index) => Boolean(entities[index]));
}

/**
 * The first `limit` items whose entity the catalog lets the caller read, in
 * order, asking the catalog about a batch at a time and no more batches
 * than needed.
 */
export async function firstReadable<T extends { entityRef: string }>(
  catalog: CatalogService,
  items: T[],
  limit: number,
  credentials: BackstageCredentials,
): Promise<T[]> {
  const batchSize = 1000;
  const kept: T[] = [];
  for (
    let start = 0;
    start < items.length && kept.length < limit;
    start += batchSize
  ) {
    kept.push(
      ...(await filterReadable(
        catalog,
        items.slice(start, start + batchSize),
        credentials,
      )),
    );
  }
  return kept.slice(0, limit);
}
