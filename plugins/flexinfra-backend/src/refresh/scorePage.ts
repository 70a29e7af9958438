import type { Entity } from '@backstage/catalog-model';
import {
  evaluateEntity,
  refOf,
  hasWaiverAnnotations,
  type CompiledModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { StagedResult, StoredResultDigest } from '../database/ResultStore';
import { toScorecardRepository } from '../repository/toScorecardRepository';
import { contentHash } from './contentHash';
import { toStagedResult, type Placement } from './toStagedResult';

/** What one catalog page comes to. */
export interface ScoredPage {
  /** New or changed results to stage. */
  staged: StagedResult[];
  /** Refs of entities that have a result: staged, or unchanged and kept. */
  kept: string[];
  /** Entities the model does not apply to (no result kept). */
  notApplicable: number;
  /** Entities skipped because their input did not change. */
  unchanged: number;
}

/**
 * Scores one page of catalog entities, skipping those whose input is the
 * same as when their stored result was computed. The input is the entity as
 * read, the related entities and provider facts it is scored with, its
 * owner, system and domain, the model version, and — for an entity carrying
 * waivers, which expire — the day.
 */
export function scorePage(options: {
  model: CompiledModel;
  entities: Entity[];
  /** The entities it depends on, resolved (see resolveDependsOn). */
  dependsOnOf: (entity: Entity) => Entity[];
  factsOf: (entityRef: string) => Record<string, unknown> | undefined;
  placementOf: (entity: Entity) => Placement;
  digests: Map<string, StoredResultDigest>;
  now: Date;
}): ScoredPage {
  const { model, entities, digests, now } = options;
  const today = now.toISOString().slice(0, 10);
  const page: ScoredPage = {
    staged: [],
    kept: [],
    notApplicable: 0,
    unchanged: 0,
  };
  for (const entity of entities) {
    const ref = refOf(entity);
    const facts = ref ? options.factsOf(ref) : undefined;
    const placement = options.placementOf(entity);
    const dependsOn = ref ? options.dependsOnOf(entity) : [];
    const inputHash = contentHash({
      modelVersion: model.version,
      entity,
      related: dependsOn,
      facts: facts ?? null,
      day: hasWaiverAnnotations(entity.metadata.annotations) ? today : null,
      // The domain comes from the entity's system: a system moving to
      // another domain changes where its components roll up.
      placement,
    });
    const previous = ref ? digests.get(ref) : undefined;
    if (ref && previous?.inputHash === inputHash) {
      page.kept.push(ref);
      page.unchanged += 1;
      continue;
    }
    const evaluation = evaluateEntity(model, entity, {
      dependsOn,
      now,
      facts,
    });
    if (evaluation.outcome === 'not-applicable') {
      page.notApplicable += 1;
      continue;
    }
    if (evaluation.entityRef === 'unknown') {
      // Not even a ref to store it under; the catalog validates entities,
      // so this is a defect upstream rather than a user's mistake.
      continue;
    }
    page.staged.push(
      toStagedResult({
        model,
        entity,
        evaluation,
        placement,
        inputHash,
        previous,
        repository: toScorecardRepository(facts),
      }),
    );
    page.kept.push(evaluation.entityRef);
  }
  return page;
}
