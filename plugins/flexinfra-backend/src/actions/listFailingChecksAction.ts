import {
  entityRefField,
  READ_ONLY,
  readScorecardOf,
  stageSchema,
  type ActionContext,
} from './context';
import { listFailingChecks } from './fixes';
import type { z } from 'zod/v3';

/** A failing check with its remediation, as the fix actions return it. */
export function failingCheckSchema(zod: typeof z) {
  return zod.object({
    id: zod.string(),
    title: zod.string(),
    dimension: zod.string(),
    stage: zod
      .number()
      .int()
      .nullable()
      .describe(
        'the stage it gates; null when it only counts towards the score',
      ),
    weight: zod.number(),
    message: zod.string().describe('the evidence that is missing'),
    remediation: zod.string().describe('what to do to make it pass'),
    docsUrl: zod.string(),
    template: zod
      .string()
      .nullable()
      .describe(
        'the entity ref of the scaffolder template that fixes it, if there is one',
      ),
  });
}

/** `list-failing-checks`: what an entity fails, and how to fix each. */
export function registerListFailingChecksAction(context: ActionContext) {
  context.actionsRegistry.register({
    name: 'list-failing-checks',
    title: 'List failing FlexInfra checks',
    description: `Lists the FlexInfra checks an entity fails, each with the evidence that is missing, the remediation, a documentation link and, where there is one, the scaffolder template that fixes it (an entity ref; run it to open a pull request with the fix).
Checks gating the lowest stage come first, then the heaviest; checks that only count towards the score come last. Waived checks are not listed.
An entity the caller may not read in the catalog is reported as not found.`,
    attributes: READ_ONLY,
    schema: {
      input: z => z.object({ entityRef: entityRefField(z) }),
      output: z =>
        z.object({
          entityRef: z.string(),
          stage: stageSchema(z).nullable(),
          checks: z.array(failingCheckSchema(z)),
        }),
    },
    action: async ({ input, credentials }) => {
      const scorecard = await readScorecardOf(
        context,
        input.entityRef,
        credentials,
      );
      return {
        output: {
          entityRef: scorecard.entityRef,
          stage: scorecard.stage,
          checks: listFailingChecks(scorecard),
        },
      };
    },
  });
}
