import type { z } from 'zod/v3';
import { GROUP_BY_VALUES } from '../database/summaryQueries';
import { assertEntityReadable } from '../service/entityAccess';
import { READ_ONLY, type ActionContext } from './context';
import { parseScope } from './scope';

/** How many of the most failed checks a summary names. */
const MOST_FAILED = 5;

function aggregateSchema(zod: typeof z) {
  return zod.object({
    entities: zod.number().int().describe('scored entities'),
    invalid: zod.number().int().describe('entities that could not be scored'),
    stages: zod
      .object({
        '1': zod.number().int(),
        '2': zod.number().int(),
        '3': zod.number().int(),
        '4': zod.number().int(),
        '5': zod.number().int(),
      })
      .describe('how many entities are at each stage'),
    averageScore: zod.number().nullable(),
    averageDoraScore: zod.number().nullable(),
    atTarget: zod
      .number()
      .int()
      .describe('entities at or above the target stage'),
    atTargetShare: zod.number().nullable().describe('atTarget / entities, 0-1'),
  });
}

/** `summarise-scope`: how a group, system or domain stands. */
export function registerSummariseScopeAction(context: ActionContext) {
  const checkTitles = new Map(
    context.model.definition.checks.map(check => [check.id, check.title]),
  );
  context.actionsRegistry.register({
    name: 'summarise-scope',
    title: 'Summarise a group, system or domain (FlexInfra)',
    description: `Summarises how flexible the infrastructure of a group (with its sub-groups), a system or a domain is: how many of its entities are at each FlexInfra stage (1-5), the average score (0-100) and DORA score (1.0-4.0), how many are at the organisation's target stage, a breakdown (a group and a system by owning group, a group's row counting its sub-groups; a domain by system) with each row's trend over the last days, and the checks its entities fail most.
The scope is an entity ref; the kind defaults to group, e.g. group:default/payments, system:default/checkout, domain:default/commerce. Use list-worst-entities to name the entities furthest behind.
A scope the caller may not read in the catalog is reported as not found.`,
    attributes: READ_ONLY,
    schema: {
      input: z =>
        z.object({
          scope: z
            .string()
            .min(1)
            .max(1000)
            .describe(
              'A group, system or domain entity ref, e.g. group:default/payments',
            ),
        }),
      output: z =>
        z.object({
          scope: z.string(),
          targetStage: z.number().int(),
          total: aggregateSchema(z),
          breakdownBy: z.enum(GROUP_BY_VALUES),
          groups: z.array(
            aggregateSchema(z).extend({
              key: z
                .string()
                .nullable()
                .describe('the owner or system ref; null for none'),
              parentKey: z
                .string()
                .nullable()
                .describe("an owner's parent group"),
              trend: z
                .object({
                  since: z.string(),
                  averageScore: z.number().nullable(),
                  atTargetShare: z.number().nullable(),
                })
                .nullable(),
            }),
          ),
          mostFailedChecks: z.array(
            z.object({
              checkId: z.string(),
              title: z.string(),
              fail: z.number().int(),
              pass: z.number().int(),
              waived: z.number().int(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const scope = parseScope(input.scope);
      await assertEntityReadable(context.catalog, scope.entity, credentials);
      const targetStage = context.model.definition.targetStage;
      const [summary, statistics] = await Promise.all([
        context.resultStore.getSummary({
          groupBy: scope.breakdownBy,
          filters: scope.filters,
          targetStage,
          trendDays: context.trendDays,
          today: context.now().toISOString().slice(0, 10),
        }),
        context.resultStore.getCheckStatistics(scope.filters),
      ]);
      const mostFailedChecks = statistics
        .filter(count => count.fail > 0 && checkTitles.has(count.checkId))
        .sort(
          (a, b) => b.fail - a.fail || a.checkId.localeCompare(b.checkId, 'en'),
        )
        .slice(0, MOST_FAILED)
        .map(count => ({
          checkId: count.checkId,
          title: checkTitles.get(count.checkId)!,
          fail: count.fail,
          pass: count.pass,
          waived: count.waived,
        }));
      return {
        output: {
          scope: scope.entity.entityRef,
          targetStage,
          total: summary.total,
          breakdownBy: scope.breakdownBy,
          groups: summary.groups,
          mostFailedChecks,
        },
      };
    },
  });
}
