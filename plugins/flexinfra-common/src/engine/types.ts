import type { DimensionId } from '../model/dimensions';

/**
 * How one check came out for one entity.
 *
 * @public
 */
export type CheckStatus = 'pass' | 'fail' | 'waived' | 'not-applicable';

/** @public */
export interface CheckResult {
  id: string;
  status: CheckStatus;
  /** A sentence naming the evidence found or missing. */
  message: string;
  /** The waiver that applied (or expired), if the entity carries one. */
  waiver?: { expires: string; reason: string; expired: boolean };
}

/** @public */
export interface DimensionScore {
  id: DimensionId;
  /** 0–100, or null when no check of this dimension applies. */
  score: number | null;
}

/**
 * The result of scoring one entity that the model applies to.
 *
 * @public
 */
export interface ScoredEntity {
  outcome: 'scored';
  entityRef: string;
  stage: { number: number; name: string };
  /** The next stage and the gating checks that keep the entity from it. */
  nextStage: { number: number; name: string; missing: string[] } | null;
  /** 0–100: the weighted share of applicable, unwaived checks that pass. */
  score: number;
  /** 1.0–4.0 on DORA's self-assessment scale: 1 + 3 × score / 100. */
  doraScore: number;
  dimensions: DimensionScore[];
  checks: CheckResult[];
  modelVersion: string;
}

/**
 * An entity the model has no check for (a User, a Group, a library, …).
 *
 * @public
 */
export interface NotApplicableEntity {
  outcome: 'not-applicable';
  entityRef: string;
  modelVersion: string;
}

/**
 * An entity that could not be scored because it is malformed.
 *
 * @public
 */
export interface InvalidEntity {
  outcome: 'invalid';
  /** The entity's ref as far as it can be told, or `unknown`. */
  entityRef: string;
  error: string;
  modelVersion: string;
}

/** @public */
export type EntityEvaluation =
  | ScoredEntity
  | NotApplicableEntity
  | InvalidEntity;
