import { createZodV4FilterPredicateSchema } from '@backstage/filter-predicates';
import type { FilterPredicate } from '@backstage/filter-predicates';
import { z } from 'zod/v4';
import { DIMENSIONS, type DimensionId } from './dimensions';
import { resolveSource, SOURCE_DOCUMENTS } from './sources';

const filterPredicate = createZodV4FilterPredicateSchema();

/** The ids of DIMENSIONS, the one list of dimensions. */
const dimensionIds = DIMENSIONS.map(d => d.id) as [
  DimensionId,
  ...DimensionId[],
];

const checkId = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be lowercase words joined by dashes, e.g. "iac-managed"',
  )
  .max(63);

/**
 * The stage a check gates: 2–5, or `none` / null when it only counts towards
 * the score (Backstage's config reader drops nulls, hence `none`).
 */
const gatedStage = z
  .union([
    z.literal(2),
    z.literal(3),
    z.literal(4),
    z.literal(5),
    z.literal('none'),
  ])
  .nullable();

/**
 * A check as written in a model file or in app-config. The package exports
 * it as a type only, for `typeof checkDefinitionSchema` in
 * {@link CheckDefinition}.
 *
 * @public
 */
export const checkDefinitionSchema = z.strictObject({
  id: checkId,
  title: z.string().min(1),
  dimension: z.enum(dimensionIds),
  /**
   * The stage this check gates (2–5), or null (written `none`, or left out)
   * when it only counts towards the score. Backstage's config reader drops
   * nulls, hence `none`.
   */
  stage: gatedStage
    .optional()
    .transform(stage =>
      stage === 'none' || stage === undefined ? null : stage,
    ),
  weight: z.number().positive().max(100),
  /** Which entities the check applies to: a filter predicate over the entity. */
  appliesTo: filterPredicate,
  /** What satisfies the check: a filter predicate over the entity's facts. */
  evidence: filterPredicate,
  rationale: z.string().min(1),
  /**
   * The documents the check measures: ids of SOURCE_DOCUMENTS, or an
   * adopter's own `https://` address.
   */
  sources: z
    .array(
      z.string().refine(citation => resolveSource(citation) !== undefined, {
        message: `must be one of ${SOURCE_DOCUMENTS.map(s => s.id).join(
          ', ',
        )}, or an https:// address`,
      }),
    )
    .min(1),
  remediation: z.string().min(1),
  docsUrl: z.string().url(),
  /** The scaffolder template that fixes a failing check, as an entity ref. */
  template: z.string().min(1).optional(),
});

/** A whole model as written in a model file. */
export const modelDefinitionSchema = z.strictObject({
  /** The stage an organisation aims for (2–5). */
  targetStage: z.number().int().min(2).max(5),
  checks: z.array(checkDefinitionSchema).min(1),
});

/**
 * What app-config (`flexinfra.model`) may change in a model. The package
 * exports it as a type only, for `typeof modelOverridesSchema` in
 * {@link ModelOverrides}.
 *
 * @public
 */
export const modelOverridesSchema = z.strictObject({
  targetStage: z.number().int().min(2).max(5).optional(),
  checks: z
    .record(
      checkId,
      z.strictObject({
        enabled: z.boolean().optional(),
        weight: z.number().positive().max(100).optional(),
        /**
         * The stage the check gates, or `none` (or null) to only score it.
         * Backstage's config reader drops nulls, so app-config needs `none`.
         */
        stage: gatedStage.optional(),
      }),
    )
    .optional(),
  additionalChecks: z.array(checkDefinitionSchema).optional(),
});

/** @public */
export type CheckDefinition = Omit<
  z.infer<typeof checkDefinitionSchema>,
  'appliesTo' | 'evidence'
> & { appliesTo: FilterPredicate; evidence: FilterPredicate };

/** @public */
export interface ModelDefinition {
  targetStage: number;
  checks: CheckDefinition[];
}

/** @public */
export type ModelOverrides = Omit<
  z.infer<typeof modelOverridesSchema>,
  'additionalChecks'
> & { additionalChecks?: CheckDefinition[] };

/**
 * Thrown when a model or its overrides are invalid; the message names the
 * key path of every problem.
 *
 * @public
 */
export class InvalidModelError extends Error {
  readonly issues: string[];
  constructor(source: string, issues: string[]) {
    super(`Invalid FlexInfra model in ${source}: ${issues.join('; ')}`);
    this.name = 'InvalidModelError';
    this.issues = issues;
  }
}

function formatPath(root: string, path: PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`,
    root,
  );
}

/** Parses with a schema, throwing InvalidModelError that names key paths. */
export function parseWithKeyPaths<T>(
  schema: z.ZodType<T>,
  input: unknown,
  root: string,
): T {
  const result = schema.safeParse(input);
  if (result.success) {
    return result.data;
  }
  throw new InvalidModelError(
    root,
    result.error.issues.map(
      issue => `${formatPath(root, issue.path)}: ${issue.message}`,
    ),
  );
}
