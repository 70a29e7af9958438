import { assertEntityReadable, filterReadable } from '../service/entityAccess';
import { readWorstEntities } from '../service/worstEntities';
import { READ_ONLY, type ActionContext } from './context';
import { parseScope } from './scope';

/** `list-worst-entities`: the lowest-scoring entities the caller may read. */
export function registerListWorstEntitiesAction(context: ActionContext) {
  context.actionsRegistry.register({
    name: 'list-worst-entities',
    title: 'List the worst FlexInfra entities',
    description: `Lists the scored entities with the lowest FlexInfra score (0-100), lowest first, each with its stage (1-5), score, DORA score (1.0-4.0) and owner: in the whole catalog, or in a scope (a group with its sub-groups, a system or a domain).
Only entities the caller may read in the catalog are listed. Use get-scorecard or suggest-next-fixes on an entity for details.`,
    attributes: READ_ONLY,
    schema: {
      input: z =>
        z.object({
          scope: z
            .string()
            .min(1)
            .max(1000)
            .optional()
            .describe(
              'Optionally a group, system or domain entity ref, e.g. group:default/payments (the kind defaults to group)',
            ),
          limit: z
            .number()
            .int()
            .min(1)
            .max(100)
            .optional()
            .describe('How many entities, 1-100; 10 unless given'),
        }),
      output: z =>
        z.object({
          scope: z.string().nullable(),
          items: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string().nullable(),
              ownerRef: z.string().nullable(),
              stage: z.number().int(),
              score: z.number(),
              doraScore: z.number(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const scope =
        input.scope === undefined ? undefined : parseScope(input.scope);
      if (scope) {
        await assertEntityReadable(context.catalog, scope.entity, credentials);
      }
      const items = await readWorstEntities({
        resultStore: context.resultStore,
        filters: scope?.filters ?? {},
        limit: input.limit ?? 10,
        readable: batch => filterReadable(context.catalog, batch, credentials),
      });
      return {
        output: { scope: scope?.entity.entityRef ?? null, items },
      };
    },
  });
}
