import { NotFoundError } from '@backstage/errors';
import { resolveSource } from '@flexinfra/backstage-plugin-flexinfra-common';
import { parseEntityRefInput } from './entityRefInput';
import { READ_ONLY, readScorecard, type ActionContext } from './context';

/** `explain-check`: what a check asks for, why, its sources and, for an entity, its evidence. */
export function registerExplainCheckAction(context: ActionContext) {
  const checks = new Map(
    context.model.definition.checks.map(check => [check.id, check]),
  );
  context.actionsRegistry.register({
    name: 'explain-check',
    title: 'Explain a FlexInfra check',
    description: `Explains one FlexInfra check: what it asks for (the evidence it looks for and the entities it applies to, as Backstage filter predicates over the entity and the facts read from its repository, facts.repository.*), why it matters (rationale), the documents it comes from (sources), the stage it gates, its weight, the remediation and the scaffolder template that fixes it.
With an entityRef, it also says how the check came out for that entity: its status, the sentence naming the evidence found or missing, each piece of evidence with where it came from (repository files, catalog metadata, declared annotations, a fact provider), and any waiver.
Check ids are listed by get-scorecard. An entity the caller may not read in the catalog is reported as not found.`,
    attributes: READ_ONLY,
    schema: {
      input: z =>
        z.object({
          checkId: z
            .string()
            .min(1)
            .max(63)
            .describe('The check id, e.g. iac-managed'),
          entityRef: z
            .string()
            .min(1)
            .max(1000)
            .optional()
            .describe(
              'Optionally an entity ref, kind:namespace/name, to explain the check for that entity',
            ),
        }),
      output: z =>
        z.object({
          id: z.string(),
          title: z.string(),
          dimension: z.string(),
          stage: z.number().int().nullable(),
          weight: z.number(),
          rationale: z.string(),
          evidence: z
            .string()
            .describe('what satisfies the check, a filter predicate as JSON'),
          appliesTo: z
            .string()
            .describe(
              'which entities it applies to, a filter predicate as JSON',
            ),
          remediation: z.string(),
          docsUrl: z.string(),
          template: z.string().nullable(),
          sources: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              publisher: z.string(),
              url: z.string().nullable(),
              summary: z.string(),
            }),
          ),
          entity: z
            .object({
              entityRef: z.string(),
              status: z.enum(['pass', 'fail', 'waived', 'not-applicable']),
              message: z.string(),
              evidence: z.array(
                z.object({
                  origin: z.enum([
                    'repository',
                    'catalog',
                    'declared',
                    'provider',
                  ]),
                  provider: z.string().optional(),
                  text: z.string(),
                  paths: z.array(z.string()).optional(),
                }),
              ),
              waiver: z
                .object({
                  expires: z.string(),
                  reason: z.string(),
                  expired: z.boolean(),
                })
                .nullable(),
            })
            .nullable(),
        }),
    },
    action: async ({ input, credentials }) => {
      const entity =
        input.entityRef === undefined
          ? undefined
          : parseEntityRefInput(input.entityRef, { defaultKind: 'component' });
      const definition = checks.get(input.checkId);
      if (!definition) {
        throw new NotFoundError(
          `The model has no check ${JSON.stringify(input.checkId)}`,
        );
      }
      let outcome = null;
      if (entity) {
        const scorecard = await readScorecard(context, entity, credentials);
        const check = scorecard.checks.find(c => c.id === definition.id);
        outcome = {
          entityRef: scorecard.entityRef,
          status: check?.status ?? ('not-applicable' as const),
          message:
            check?.message ??
            `The check does not apply to ${scorecard.entityRef}`,
          evidence: check?.evidence ?? [],
          waiver: check?.waiver ?? null,
        };
      }
      return {
        output: {
          id: definition.id,
          title: definition.title,
          dimension: definition.dimension,
          stage: definition.stage,
          weight: definition.weight,
          rationale: definition.rationale,
          evidence: JSON.stringify(definition.evidence),
          appliesTo: JSON.stringify(definition.appliesTo),
          remediation: definition.remediation,
          docsUrl: definition.docsUrl,
          template: definition.template ?? null,
          sources: definition.sources.flatMap(citation => {
            const source = resolveSource(citation);
            return source ? [source] : [];
          }),
          entity: outcome,
        },
      };
    },
  });
}
