import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CheckEvidence,
  compileModel,
  createEntityLookup,
  defaultModelDefinition,
  evaluateEntity,
  ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { RepositoryFacts } from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { parseAllDocuments } from 'yaml';

export const model = compileModel(defaultModelDefinition);

/** The checks of the model that link to a template, by template ref. */
export function checksLinkedTo(templateRef: string): string[] {
  return defaultModelDefinition.checks
    .filter(check => check.template === templateRef)
    .map(check => check.id);
}

/** The entities of a catalog file. */
export function entitiesOf(content: string): Entity[] {
  return parseAllDocuments(content)
    .map(document => document.toJS() as Entity)
    .filter(entity => entity && entity.kind);
}

/**
 * Scores one entity of a catalog file with the engine, its dependencies
 * looked up in the same file and in `others`, and its repository's files
 * read as `repository` says (see repositoryFactsOf) — or not read at all.
 */
export function scoreInFile(
  content: string,
  entityRef: string,
  others: Entity[] = [],
  repository?: RepositoryFacts,
): ScoredEntity {
  const entities = entitiesOf(content);
  const entity = entities.find(e => stringifyEntityRef(e) === entityRef);
  if (!entity) {
    throw new Error(`${entityRef} is not in the file`);
  }
  const result = evaluateEntity(model, entity, {
    now: new Date('2030-01-01T00:00:00Z'),
    lookup: createEntityLookup([...entities, ...others]),
    facts: repository
      ? { repository: repository as unknown as Record<string, unknown> }
      : undefined,
  });
  if (result.outcome !== 'scored') {
    throw new Error(`${entityRef} was not scored: ${JSON.stringify(result)}`);
  }
  return result;
}

export function statusOf(scored: ScoredEntity, checkId: string): string {
  return scored.checks.find(check => check.id === checkId)?.status ?? 'absent';
}

/** The evidence that made a check pass (none when it did not). */
export function evidenceOf(
  scored: ScoredEntity,
  checkId: string,
): CheckEvidence[] {
  return scored.checks.find(check => check.id === checkId)?.evidence ?? [];
}
