import { Entity } from '@backstage/catalog-model';
import {
  CompiledModel,
  createEntityLookup,
  evaluateEntity,
  getMaturityStage,
  ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/** A check that does not pass, as the action reports it. */
export interface FailingCheck {
  id: string;
  title: string;
  /** The stage it gates, or null for checks that only count to the score. */
  stage: number | null;
  message: string;
}

/** The action's outputs. */
export interface ScoreSummary {
  entityRef: string;
  stage: number;
  stageName: string;
  score: number;
  doraScore: number;
  failingChecks: FailingCheck[];
  passingChecks: string[];
  nextStage: { number: number; name: string; missing: string[] } | null;
}

/**
 * Scores one entity with the model, its dependencies known through
 * `related`.
 *
 * @throws when the model does not score the entity (e.g. a library) or the
 *   entity is malformed
 */
export function scoreEntity(
  model: CompiledModel,
  entity: Entity,
  related: Entity[],
  now: Date,
  /** What the entity's repository holds (the analyzer's facts), if read. */
  repository?: Record<string, unknown>,
): ScoredEntity {
  const evaluation = evaluateEntity(model, entity, {
    now,
    lookup: createEntityLookup(related),
    facts: repository ? { repository } : undefined,
  });
  if (evaluation.outcome === 'invalid') {
    throw new Error(
      `${evaluation.entityRef} cannot be scored: ${evaluation.error}`,
    );
  }
  if (evaluation.outcome === 'not-applicable') {
    throw new Error(
      `${evaluation.entityRef} is not scored: no check of the FlexInfra model applies to its kind and type`,
    );
  }
  return evaluation;
}

export function summarize(
  model: CompiledModel,
  scored: ScoredEntity,
): ScoreSummary {
  const definitions = new Map(
    model.checks.map(check => [check.definition.id, check.definition]),
  );
  const failingChecks = scored.checks
    .filter(check => check.status === 'fail')
    .map(check => {
      const definition = definitions.get(check.id)!;
      return {
        id: check.id,
        title: definition.title,
        stage: definition.stage ?? null,
        message: check.message,
      };
    });
  return {
    entityRef: scored.entityRef,
    stage: scored.stage.number,
    stageName: scored.stage.name,
    score: scored.score,
    doraScore: scored.doraScore,
    failingChecks,
    passingChecks: scored.checks
      .filter(check => check.status === 'pass')
      .map(check => check.id),
    nextStage: scored.nextStage,
  };
}

function describeStage(number: number): string {
  return `stage ${number} (${getMaturityStage(number).name})`;
}

/**
 * Why the entity does not reach `minStage`: the failing checks that gate
 * stages up to it, or the stage that no check applies to.
 */
export function minStageProblem(
  model: CompiledModel,
  scored: ScoredEntity,
  minStage: number,
): string | undefined {
  if (scored.stage.number >= minStage) {
    return undefined;
  }
  const definitions = new Map(
    model.checks.map(check => [check.definition.id, check.definition]),
  );
  const gating = scored.checks.filter(check => {
    const stage = definitions.get(check.id)?.stage;
    return typeof stage === 'number' && stage <= minStage;
  });
  const missing = gating.filter(check => check.status === 'fail');
  const start = `${scored.entityRef} is at ${describeStage(
    scored.stage.number,
  )}, below the required ${describeStage(minStage)}.`;
  if (missing.length > 0) {
    const list = missing
      .map(check => {
        const definition = definitions.get(check.id)!;
        return `${check.id} (${definition.title}, stage ${definition.stage})`;
      })
      .join(', ');
    return `${start} Missing for ${describeStage(minStage)}: ${list}.`;
  }
  const unreachable = [];
  for (let stage = scored.stage.number + 1; stage <= minStage; stage++) {
    const applicable = gating.some(
      check =>
        definitions.get(check.id)?.stage === stage &&
        check.status !== 'not-applicable',
    );
    if (!applicable) {
      unreachable.push(stage);
    }
  }
  return `${start} No check of ${unreachable
    .map(describeStage)
    .join(', ')} applies to this kind of entity, so it cannot reach it.`;
}

/** The required checks that do not pass (a waived check counts as passing). */
export function requiredChecksProblem(
  model: CompiledModel,
  scored: ScoredEntity,
  requireChecks: string[],
): string | undefined {
  const definitions = new Map(
    model.checks.map(check => [check.definition.id, check.definition]),
  );
  const results = new Map(scored.checks.map(check => [check.id, check]));
  const problems = requireChecks.flatMap(id => {
    const result = results.get(id);
    const title = definitions.get(id)?.title;
    if (!result || result.status === 'pass' || result.status === 'waived') {
      return [];
    }
    if (result.status === 'not-applicable') {
      return [`${id} (${title}) does not apply to this kind of entity`];
    }
    return [`${id} (${title}): ${result.message}`];
  });
  return problems.length > 0
    ? `${scored.entityRef} does not pass the required checks: ${problems.join(
        '; ',
      )}`
    : undefined;
}

/** Required check ids the model does not have. */
export function unknownChecks(
  model: CompiledModel,
  requireChecks: string[],
): string[] {
  const known = new Set(model.checks.map(check => check.definition.id));
  return requireChecks.filter(id => !known.has(id));
}
