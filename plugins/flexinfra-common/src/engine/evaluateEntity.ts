import type { Entity } from '@backstage/catalog-model';
import { DIMENSIONS } from '../model/dimensions';
import { getMaturityStage } from '../model/stages';
import { describeChecks, type CheckOutcomes } from './checkResults';
import type { CompiledModel } from './compileModel';
import {
  buildFacts,
  refOf,
  resolveDependsOn,
  type EntityLookup,
} from './facts';
import type {
  CheckResult,
  CheckStatus,
  DimensionScore,
  EntityEvaluation,
} from './types';
import { findEntityProblem } from './validateEntity';
import { hasWaiverAnnotations, readWaiver, type Waiver } from './waivers';

/** @public */
export interface EvaluateOptions {
  /** Finds the entities this one relates to (dependsOn, …). */
  lookup?: EntityLookup;
  /**
   * The entities this one depends on, already resolved (see
   * resolveDependsOn); when given, the lookup is not asked for them.
   */
  dependsOn?: Entity[];
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

/**
 * What scoring needs to know about a model beyond its checks, worked out once
 * per model: for each check, which of the model's distinct appliesTo
 * functions it uses (checks with identical appliesTo share one, see
 * compileModel) and the index of its dimension.
 */
interface ScoringPlan {
  appliesTo: Array<(value: unknown) => boolean>;
  appliesToIndex: number[];
  dimensionIndex: number[];
}

const plans = new WeakMap<CompiledModel, ScoringPlan>();

function planOf(model: CompiledModel): ScoringPlan {
  let plan = plans.get(model);
  if (!plan) {
    const appliesTo: ScoringPlan['appliesTo'] = [];
    plan = {
      appliesTo,
      appliesToIndex: model.checks.map(check => {
        let index = appliesTo.indexOf(check.appliesTo);
        if (index < 0) {
          index = appliesTo.push(check.appliesTo) - 1;
        }
        return index;
      }),
      dimensionIndex: model.checks.map(check =>
        DIMENSIONS.findIndex(d => d.id === check.definition.dimension),
      ),
    };
    plans.set(model, plan);
  }
  return plan;
}

/** A weighted share of passing checks, 0–100; null when nothing counts. */
function share(passed: number, counted: number, waived: boolean) {
  if (counted === 0) {
    return waived ? 100 : null;
  }
  return (passed / counted) * 100;
}

/** The status of a check that applies but whose evidence is missing. */
function statusWithout(waiver: Waiver | undefined): CheckStatus {
  return waiver?.valid && !waiver.expired ? 'waived' : 'fail';
}

function scoreEntity(
  model: CompiledModel,
  entity: Entity,
  entityRef: string,
  { lookup, dependsOn, now, facts: extraFacts }: EvaluateOptions,
): EntityEvaluation {
  const facts = buildFacts(
    entity,
    dependsOn ?? resolveDependsOn(entity, lookup),
    extraFacts,
  );
  const annotations = entity.metadata.annotations;
  // Most entities carry no waiver and skip reading one per failing check.
  const waivable = hasWaiverAnnotations(annotations);
  const plan = planOf(model);
  const count = model.checks.length;
  const outcomes: CheckOutcomes = {
    statuses: new Array(count),
    waivers: new Array(count),
  };
  // Each distinct appliesTo once for this entity: undefined until asked.
  const applies: Array<boolean | undefined> = new Array(plan.appliesTo.length);
  // Weighted passes and counts per dimension (the last slot: in all), and
  // whether a waiver excused a check there.
  const slots = DIMENSIONS.length + 1;
  const passedWeight = new Array<number>(slots).fill(0);
  const countedWeight = new Array<number>(slots).fill(0);
  const waived = new Array<boolean>(slots).fill(false);
  const all = DIMENSIONS.length;
  // Per stage 2..5: whether a check gates it, and whether one of those fails.
  const gated = [false, false, false, false, false, false];
  const failing = [false, false, false, false, false, false];
  let applicable = 0;
  for (let i = 0; i < count; i++) {
    const check = model.checks[i];
    const { id, stage, weight } = check.definition;
    const a = plan.appliesToIndex[i];
    let doesApply = applies[a];
    if (doesApply === undefined) {
      doesApply = applies[a] = plan.appliesTo[a](entity);
    }
    if (!doesApply) {
      outcomes.statuses[i] = 'not-applicable';
      continue;
    }
    applicable += 1;
    let status: CheckStatus = 'pass';
    if (!check.evidence(facts)) {
      const waiver = waivable ? readWaiver(annotations, id, now) : undefined;
      outcomes.waivers[i] = waiver;
      status = statusWithout(waiver);
    }
    outcomes.statuses[i] = status;
    if (stage !== null) {
      gated[stage] = true;
    }
    const d = plan.dimensionIndex[i];
    if (status === 'waived') {
      waived[d] = waived[all] = true;
      continue;
    }
    countedWeight[d] += weight;
    countedWeight[all] += weight;
    if (status === 'pass') {
      passedWeight[d] += weight;
      passedWeight[all] += weight;
    } else if (stage !== null) {
      failing[stage] = true;
    }
  }
  if (applicable === 0) {
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
  while (stage < HIGHEST_STAGE && gated[stage + 1] && !failing[stage + 1]) {
    stage += 1;
  }
  let nextStage = null;
  if (stage < HIGHEST_STAGE && failing[stage + 1]) {
    const missing: string[] = [];
    for (let i = 0; i < count; i++) {
      const { definition } = model.checks[i];
      if (definition.stage === stage + 1 && outcomes.statuses[i] === 'fail') {
        missing.push(definition.id);
      }
    }
    const { number, name } = getMaturityStage(stage + 1);
    nextStage = { number, name, missing };
  }

  const score = share(passedWeight[all], countedWeight[all], waived[all]) ?? 0;
  const dimensions: DimensionScore[] = DIMENSIONS.map(({ id }, d) => {
    const value = share(passedWeight[d], countedWeight[d], waived[d]);
    return { id, score: value === null ? null : roundTo(value, 1) };
  });
  const { number, name } = getMaturityStage(stage);
  // The checks' messages and evidence are worked out when first read (see
  // describeChecks), then kept.
  let checks: CheckResult[] | undefined;
  return {
    outcome: 'scored',
    entityRef,
    stage: { number, name },
    nextStage,
    score: roundTo(score, 1),
    doraScore: roundTo(1 + (3 * score) / 100, 1),
    dimensions,
    get checks() {
      checks ??= describeChecks(model, facts, outcomes);
      return checks;
    },
    modelVersion: model.version,
  };
}
