import {
  entityRefField,
  READ_ONLY,
  readScorecardOf,
  stageSchema,
  type ActionContext,
} from './context';
import { planNextFixes } from './fixes';
import { failingCheckSchema } from './listFailingChecksAction';

/** `suggest-next-fixes`: the cheapest way up to the entity's next stage. */
export function registerWhatToFixNextAction(context: ActionContext) {
  context.actionsRegistry.register({
    name: 'suggest-next-fixes',
    title: 'What to fix next (FlexInfra)',
    description: `Says what to fix next to raise an entity's FlexInfra stage: the failing checks that gate its next stage (every one of them must pass to reach it), cheapest first, each with the remediation, a documentation link, the scaffolder template that fixes it if there is one, and the points the score gains when it passes.
Cheapest means: the lowest weight first (the model weighs a check by how much of the capability it stands for, so a light check is the smaller piece of work), then checks that have a scaffolder template, then by id.
nextStage is null and fixes empty when the entity is at the top stage, when no check gates a higher stage for it, or when it could not be scored.
An entity the caller may not read in the catalog is reported as not found.`,
    attributes: READ_ONLY,
    schema: {
      input: z => z.object({ entityRef: entityRefField(z) }),
      output: z =>
        z.object({
          entityRef: z.string(),
          stage: stageSchema(z).nullable(),
          score: z.number().nullable(),
          nextStage: stageSchema(z).nullable(),
          fixes: z.array(
            failingCheckSchema(z).extend({
              scoreGain: z
                .number()
                .describe(
                  'points (0-100 scale) the score gains when it passes',
                ),
            }),
          ),
          scoreAfter: z
            .number()
            .nullable()
            .describe('the score once every fix passes'),
        }),
    },
    action: async ({ input, credentials }) => {
      const scorecard = await readScorecardOf(
        context,
        input.entityRef,
        credentials,
      );
      const plan = planNextFixes(scorecard);
      return {
        output: {
          entityRef: scorecard.entityRef,
          stage: scorecard.stage,
          score: scorecard.score,
          ...plan,
        },
      };
    },
  });
}
