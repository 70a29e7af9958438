import type { Entity } from '@backstage/catalog-model';
import type {
  CompiledModel,
  InvalidEntity,
  ScorecardRepository,
  ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type {
  StagedResult,
  StoredCheckResult,
  StoredResultDigest,
  StoredScorecard,
} from '../database/ResultStore';
import { contentHash } from './contentHash';

/** Where an entity sits for rollups: its owner, system and domain. */
export interface Placement {
  ownerRef: string | null;
  systemRef: string | null;
  domainRef: string | null;
}

function lowerOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim()
    ? value.trim().toLocaleLowerCase('en-US')
    : null;
}

/** The checks as stored: the model's text about each is added when served. */
function storedChecks(evaluation: ScoredEntity): StoredCheckResult[] {
  return evaluation.checks.map(result => ({
    id: result.id,
    status: result.status,
    message: result.message,
    waiver: result.waiver ?? null,
    ...(result.evidence?.length ? { evidence: result.evidence } : {}),
  }));
}

function toScorecard(
  evaluation: ScoredEntity | InvalidEntity,
  repository: ScorecardRepository | null,
): StoredScorecard {
  if (evaluation.outcome === 'invalid') {
    return {
      entityRef: evaluation.entityRef,
      outcome: 'invalid',
      stage: null,
      nextStage: null,
      score: null,
      doraScore: null,
      dimensions: [],
      checks: [],
      error: evaluation.error,
      repository,
      modelVersion: evaluation.modelVersion,
    };
  }
  return {
    entityRef: evaluation.entityRef,
    outcome: 'scored',
    stage: evaluation.stage,
    nextStage: evaluation.nextStage,
    score: evaluation.score,
    doraScore: evaluation.doraScore,
    dimensions: evaluation.dimensions,
    checks: storedChecks(evaluation),
    error: null,
    repository,
    modelVersion: evaluation.modelVersion,
  };
}

function statusesOf(scorecard: StoredScorecard): StagedResult['checkStatuses'] {
  const statuses: StagedResult['checkStatuses'] = {};
  for (const check of scorecard.checks) {
    if (check.status !== 'not-applicable') {
      statuses[check.id] = check.status;
    }
  }
  return statuses;
}

/** The checks whose status differs between two results. */
function changedChecks(
  before: Record<string, string>,
  after: Record<string, string>,
): StagedResult['changes'] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids]
    .filter(id => before[id] !== after[id])
    .sort()
    .map(id => ({ id, from: before[id] ?? null, to: after[id] ?? null }));
}

/**
 * Turns an evaluation into the row a refresh stages, deciding whether it
 * changed since the stored result (and so gets a history entry).
 */
export function toStagedResult(options: {
  model: CompiledModel;
  entity: Entity;
  evaluation: ScoredEntity | InvalidEntity;
  placement: Placement;
  inputHash: string;
  previous: StoredResultDigest | undefined;
  /** The entity's repository as this run read it; null when not read. */
  repository?: ScorecardRepository | null;
}): StagedResult {
  const { model, entity, evaluation, placement, inputHash, previous } = options;
  const scorecard = toScorecard(evaluation, options.repository ?? null);
  const checkStatuses = statusesOf(scorecard);
  const resultDigest = contentHash({
    outcome: scorecard.outcome,
    stage: scorecard.stage?.number ?? null,
    score: scorecard.score,
    error: scorecard.error,
    checkStatuses,
  });
  const changes = changedChecks(previous?.checkStatuses ?? {}, checkStatuses);
  return {
    entityRef: evaluation.entityRef,
    kind: entity.kind.toLocaleLowerCase('en-US'),
    namespace: (entity.metadata.namespace || 'default').toLocaleLowerCase(
      'en-US',
    ),
    name: entity.metadata.name.toLocaleLowerCase('en-US'),
    title:
      typeof entity.metadata.title === 'string' ? entity.metadata.title : null,
    type: lowerOrNull(entity.spec?.type),
    lifecycle: lowerOrNull(entity.spec?.lifecycle),
    ...placement,
    outcome: scorecard.outcome,
    stage: scorecard.stage?.number ?? null,
    score: scorecard.score,
    doraScore: scorecard.doraScore,
    scorecard,
    checkStatuses,
    inputHash,
    resultDigest,
    modelVersion: model.version,
    changed: previous?.resultDigest !== resultDigest,
    changes,
  };
}
