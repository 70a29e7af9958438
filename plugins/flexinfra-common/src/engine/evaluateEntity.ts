import type { Entity } from '@backstage/catalog-model';
import type { FilterPredicate } from '@backstage/filter-predicates';
import { DIMENSIONS } from '../model/dimensions';
import { getMaturityStage } from '../model/stages';
import type { CompiledCheck, CompiledModel } from './compileModel';
import { describePredicate, findEvidence, predicatePaths } from './explain';
import { repositoryNearMisses } from './repositoryEvidence';
import { buildFacts, refOf, type EntityLookup } from './facts';
import type { CheckResult, DimensionScore, EntityEvaluation } from './types';
import { findEntityProblem } from './validateEntity';
import { readWaiver } from './waivers';

/** @public */
export interface EvaluateOptions {
  /** Finds the entities this one relates to (dependsOn, …). */
  lookup?: EntityLookup;
  /** The time waivers are judged against; evaluation is otherwise pure. */
  now: Date;
  /**
   * Facts found out about the entity by fact providers, by provider id;
   * evidence reads them as `facts.<provider id>.…`. Built-in fact names
   * (environments, regions, multiRegion) cannot be replaced.
   */
  facts?: Record<string, unknown>;
}

const HIGHEST_STAGE = 5;

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function weightedShare(
  results: Array<{ status: CheckResult['status']; weight: number }>,
): number | null {
  let passed = 0;
  let counted = 0;
  for (const { status, weight } of results) {
    if (status === 'pass' || status === 'fail') {
      counted += weight;
      if (status === 'pass') {
        passed += weight;
      }
    }
  }
  if (counted === 0) {
    return results.some(r => r.status === 'waived') ? 100 : null;
  }
  return (passed / counted) * 100;
}

/**
 * "Missing …" depends on nothing but the check's evidence predicate, so each
 * predicate is described once, not once per failing entity.
 */
const missingMessages = new WeakMap<object, string>();

function missingMessage(evidence: FilterPredicate): string {
  if (typeof evidence !== 'object' || evidence === null) {
    return `Missing ${describePredicate(evidence)}.`;
  }
  let message = missingMessages.get(evidence);
  if (message === undefined) {
    message = `Missing ${describePredicate(evidence)}.`;
    missingMessages.set(evidence, message);
  }
  return message;
}

function bestEffortRef(value: unknown): string {
  return refOf(value) ?? 'unknown';
}

/**
 * Scores one entity against a compiled model. Pure and synchronous; never
 * throws: a malformed entity yields an `invalid` evaluation naming what is
 * wrong.
 *
 * @public
 */
export function evaluateEntity(
  model: CompiledModel,
  value: unknown,
  options: EvaluateOptions,
): EntityEvaluation {
  const modelVersion = model.version;
  const problem = findEntityProblem(value);
  if (problem) {
    return {
      outcome: 'invalid',
      entityRef: bestEffortRef(value),
      error: problem,
      modelVersion,
    };
  }
  const entity = value as Entity;
  const entityRef = refOf(entity)!;
  try {
    return scoreEntity(model, entity, entityRef, options);
  } catch (error) {
    return {
      outcome: 'invalid',
      entityRef,
      error: `could not be scored: ${(error as Error).message}`,
      modelVersion,
    };
  }
}

function scoreEntity(
  model: CompiledModel,
  entity: Entity,
  entityRef: string,
  { lookup, now, facts: extraFacts }: EvaluateOptions,
): EntityEvaluation {
  const facts = buildFacts(entity, lookup, extraFacts);
  const annotations = entity.metadata.annotations;
  // Checks with identical appliesTo predicates share one compiled function
  // (compileModel); evaluate each such function once for this entity.
  const appliesToResults = new Map<CompiledCheck['appliesTo'], boolean>();
  const applies = (check: CompiledCheck) => {
    let result = appliesToResults.get(check.appliesTo);
    if (result === undefined) {
      result = check.appliesTo(entity);
      appliesToResults.set(check.appliesTo, result);
    }
    return result;
  };
  const evaluated = model.checks.map(check => {
    const { definition } = check;
    const base = {
      definition,
      weight: definition.weight,
    };
    if (!applies(check)) {
      return {
        ...base,
        result: {
          id: definition.id,
          status: 'not-applicable',
          message: 'Does not apply to this kind or type of entity.',
        } as CheckResult,
      };
    }
    if (check.evidence(facts)) {
      const evidence = findEvidence(definition.evidence, facts);
      return {
        ...base,
        result: {
          id: definition.id,
          status: 'pass',
          message: `Found ${evidence.map(e => e.text).join('; ')}.`,
          evidence,
        } as CheckResult,
      };
    }
    const nearMisses = repositoryNearMisses(
      (facts.facts as Record<string, unknown>).repository,
      predicatePaths(definition.evidence),
    );
    const missing =
      nearMisses.length > 0
        ? `${missingMessage(definition.evidence)} Seen: ${nearMisses.join(
            '; ',
          )}.`
        : missingMessage(definition.evidence);
    const waiver = readWaiver(annotations, definition.id, now);
    if (waiver && !waiver.valid) {
      return {
        ...base,
        result: {
          id: definition.id,
          status: 'fail',
          message: `${missing} The ${waiver.problem}.`,
        } as CheckResult,
      };
    }
    if (waiver?.valid) {
      const { expires, reason, expired } = waiver;
      return {
        ...base,
        result: {
          id: definition.id,
          status: expired ? 'fail' : 'waived',
          message: expired
            ? `${missing} Its waiver expired on ${expires} (${reason}).`
            : `Waived until ${expires}: ${reason}`,
          waiver: { expires, reason, expired },
        } as CheckResult,
      };
    }
    return {
      ...base,
      result: {
        id: definition.id,
        status: 'fail',
        message: missing,
      } as CheckResult,
    };
  });

  const applicable = evaluated.filter(
    e => e.result.status !== 'not-applicable',
  );
  if (applicable.length === 0) {
    return {
      outcome: 'not-applicable',
      entityRef,
      modelVersion: model.version,
    };
  }

  // The ladder: stage k is reached when every applicable check gating stages
  // 2..k passes (or is waived). A stage with no applicable gating check cannot
  // be reached, so the climb stops below it.
  let stage = 1;
  for (let k = 2; k <= HIGHEST_STAGE; k++) {
    const gating = applicable.filter(e => e.definition.stage === k);
    if (gating.length === 0 || gating.some(e => e.result.status === 'fail')) {
      break;
    }
    stage = k;
  }
  let nextStage = null;
  if (stage < HIGHEST_STAGE) {
    const missing = applicable
      .filter(
        e => e.definition.stage === stage + 1 && e.result.status === 'fail',
      )
      .map(e => e.definition.id);
    if (missing.length > 0) {
      const { number, name } = getMaturityStage(stage + 1);
      nextStage = { number, name, missing };
    }
  }

  const toShare = (list: typeof evaluated) =>
    weightedShare(
      list.map(e => ({ status: e.result.status, weight: e.weight })),
    );
  const score = toShare(applicable) ?? 0;
  const dimensions: DimensionScore[] = DIMENSIONS.map(({ id }) => {
    const share = toShare(
      applicable.filter(e => e.definition.dimension === id),
    );
    return { id, score: share === null ? null : roundTo(share, 1) };
  });
  const { number, name } = getMaturityStage(stage);
  return {
    outcome: 'scored',
    entityRef,
    stage: { number, name },
    nextStage,
    score: roundTo(score, 1),
    doraScore: roundTo(1 + (3 * score) / 100, 1),
    dimensions,
    checks: evaluated.map(e => e.result),
    modelVersion: model.version,
  };
}
