import {
  entityRefField,
  READ_ONLY,
  readScorecardOf,
  stageSchema,
  type ActionContext,
} from './context';

/** `get-scorecard`: an entity's stage, score and each check's status. */
export function registerGetScorecardAction(context: ActionContext) {
  context.actionsRegistry.register({
    name: 'get-scorecard',
    title: 'Get FlexInfra scorecard',
    description: `Returns an entity's FlexInfra scorecard: how flexible its infrastructure is on FlexInfra's five-stage maturity model (1 Static & Constrained, 2 Standardised but Rigid, 3 Elastic & Programmable, 4 Resilient & Optimised, 5 Adaptive Platform).
It gives the stage reached, the next stage with the ids of the failing checks it is missing, the score (0-100, the weighted share of applicable checks that pass), the DORA score (1.0-4.0), a score per dimension, the organisation's target stage, and every check with its status (pass, fail, waived, not-applicable) and a sentence naming the evidence found or missing.
Use list-failing-checks for how to fix what fails, explain-check for one check's evidence, and suggest-next-fixes for what raises the stage soonest.
An entity the caller may not read in the catalog is reported as not found.`,
    attributes: READ_ONLY,
    schema: {
      input: z => z.object({ entityRef: entityRefField(z) }),
      output: z =>
        z.object({
          entityRef: z.string(),
          outcome: z
            .enum(['scored', 'invalid'])
            .describe('invalid: the entity could not be scored, see error'),
          stage: stageSchema(z).nullable(),
          nextStage: stageSchema(z)
            .extend({
              missing: z
                .array(z.string())
                .describe('ids of the failing checks that gate it'),
            })
            .nullable(),
          targetStage: z
            .number()
            .int()
            .describe('the stage the organisation aims for'),
          score: z.number().nullable().describe('0-100'),
          doraScore: z.number().nullable().describe('1.0-4.0'),
          dimensions: z.array(
            z.object({ id: z.string(), score: z.number().nullable() }),
          ),
          counts: z.object({
            pass: z.number().int(),
            fail: z.number().int(),
            waived: z.number().int(),
            notApplicable: z.number().int(),
          }),
          checks: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              dimension: z.string(),
              stage: z
                .number()
                .int()
                .nullable()
                .describe('the stage it gates; null when it only scores'),
              weight: z.number(),
              status: z.enum(['pass', 'fail', 'waived', 'not-applicable']),
              message: z.string(),
            }),
          ),
          error: z.string().nullable(),
          modelVersion: z.string(),
          computedAt: z.string(),
          changedAt: z.string(),
        }),
    },
    action: async ({ input, credentials }) => {
      const scorecard = await readScorecardOf(
        context,
        input.entityRef,
        credentials,
      );
      const count = (status: string) =>
        scorecard.checks.filter(check => check.status === status).length;
      return {
        output: {
          entityRef: scorecard.entityRef,
          outcome: scorecard.outcome,
          stage: scorecard.stage,
          nextStage: scorecard.nextStage,
          targetStage: context.model.definition.targetStage,
          score: scorecard.score,
          doraScore: scorecard.doraScore,
          dimensions: scorecard.dimensions,
          counts: {
            pass: count('pass'),
            fail: count('fail'),
            waived: count('waived'),
            notApplicable: count('not-applicable'),
          },
          checks: scorecard.checks.map(check => ({
            id: check.id,
            title: check.title,
            dimension: check.dimension,
            stage: check.stage,
            weight: check.weight,
            status: check.status,
            message: check.message,
          })),
          error: scorecard.error,
          modelVersion: scorecard.modelVersion,
          computedAt: scorecard.computedAt,
          changedAt: scorecard.changedAt,
        },
      };
    },
  });
}
