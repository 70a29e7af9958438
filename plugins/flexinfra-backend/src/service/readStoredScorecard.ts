import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { ResultStore } from '../database/ResultStore';
import { assertEntityReadable } from './entityAccess';
import type { RequestedEntity } from './entityRefParams';

/** The 404 message for an entity without a stored result. */
export function notScored(entityRef: string): string {
  return `Entity ${entityRef} has not been scored yet`;
}

/**
 * The entity's stored scorecard, for a caller the catalog lets read the
 * entity (asked at the same time as the store).
 *
 * @throws NotFoundError when the caller may not read the entity, it does
 *   not exist, or it has not been scored yet.
 */
export async function readStoredScorecard(
  catalog: CatalogService,
  resultStore: ResultStore,
  entity: RequestedEntity,
  credentials: BackstageCredentials,
) {
  const [, stored] = await Promise.all([
    assertEntityReadable(catalog, entity, credentials),
    resultStore.getScorecard(entity.entityRef),
  ]);
  if (!stored) {
    throw new NotFoundError(notScored(entity.entityRef));
  }
  return stored;
}
