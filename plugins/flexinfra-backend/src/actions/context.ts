import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  CompiledModel,
  EntityScorecard,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { z } from 'zod/v3';
import type { ResultStore } from '../database/ResultStore';
import type { RequestedEntity } from '../service/entityRefParams';
import { readStoredScorecard } from '../service/readStoredScorecard';
import { createScorecardEnricher } from '../service/toEntityScorecard';
import { parseEntityRefInput } from './entityRefInput';

/** What every FlexInfra action reads from. */
export interface ActionContext {
  actionsRegistry: ActionsRegistryService;
  catalog: CatalogService;
  resultStore: ResultStore;
  model: CompiledModel;
  /** The stored scorecard served as the REST API serves it. */
  toScorecard: ReturnType<typeof createScorecardEnricher>;
  /** The comparison window of summaries' trends, in days. */
  trendDays: number;
  now: () => Date;
}

/** The attributes of every FlexInfra action: each only reads. */
export const READ_ONLY = {
  readOnly: true,
  idempotent: true,
  destructive: false,
} as const;

/** The input field naming one entity. */
export function entityRefField(zod: typeof z) {
  return zod
    .string()
    .min(1)
    .max(1000)
    .describe(
      'The entity ref, kind:namespace/name, e.g. component:default/checkout-api. The kind defaults to component and the namespace to default.',
    );
}

/** A stage as scorecards give it. */
export function stageSchema(zod: typeof z) {
  return zod.object({
    number: zod.number().int().describe('1 to 5'),
    name: zod.string(),
  });
}

/**
 * The entity's scorecard, for a caller the catalog lets read the entity:
 * as `GET /entities/{kind}/{namespace}/{name}` serves it, and with its
 * errors (an entity the caller may not read does not exist for them).
 *
 * @throws NotFoundError when the caller may not read the entity, it does
 *   not exist, or it has not been scored yet.
 */
export async function readScorecard(
  context: ActionContext,
  entity: RequestedEntity,
  credentials: BackstageCredentials,
): Promise<EntityScorecard> {
  return context.toScorecard(
    await readStoredScorecard(
      context.catalog,
      context.resultStore,
      entity,
      credentials,
    ),
  );
}

/**
 * {@link readScorecard} of an entity ref as an action's caller gives it
 * (the kind defaults to component).
 *
 * @throws InputError when the ref is malformed; NotFoundError as
 *   {@link readScorecard}.
 */
export async function readScorecardOf(
  context: ActionContext,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<EntityScorecard> {
  return readScorecard(
    context,
    parseEntityRefInput(entityRef, { defaultKind: 'component' }),
    credentials,
  );
}
