import type { DimensionId } from '../model/dimensions';

/**
 * How one check came out for one entity.
 *
 * @public
 */
export type CheckStatus = 'pass' | 'fail' | 'waived' | 'not-applicable';

/**
 * Where a piece of evidence came from:
 * - `repository`: files in the entity's repository (FlexInfra read them);
 * - `catalog`: the catalog's own metadata (annotations other tools read,
 *   links, relations, owner, lifecycle, …);
 * - `declared`: FlexInfra's own `flexinfra.io/*` annotations, which a team
 *   writes about itself — they count, but are shown as declared;
 * - `provider`: a fact provider added by a backend module (see `provider`).
 *
 * @public
 */
export type EvidenceOrigin = 'repository' | 'catalog' | 'declared' | 'provider';

/**
 * One piece of evidence that made a check pass.
 *
 * @public
 */
export interface CheckEvidence {
  origin: EvidenceOrigin;
  /** The fact provider's id, when the origin is `provider`. */
  provider?: string;
  /** What was found, e.g. "Terraform in infra/main.tf and 4 more". */
  text: string;
  /** For `repository` evidence: the files that prove it, relative to the repository root. */
  paths?: string[];
}

/** @public */
export interface CheckResult {
  id: string;
  status: CheckStatus;
  /** A sentence naming the evidence found or missing. */
  message: string;
  /** For a passing check: each piece of evidence and where it came from. */
  evidence?: CheckEvidence[];
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
