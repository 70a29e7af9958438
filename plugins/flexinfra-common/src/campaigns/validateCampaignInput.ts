import { parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import type { ResultFilters } from '../api/types';
import type { CampaignInput, CampaignInputProblem } from './types';

/** A YYYY-MM-DD day that exists on the calendar. */
const day = z.string().refine(value => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}, 'must be a day of the calendar as YYYY-MM-DD');

const refList = z.array(z.string().min(1)).optional();

const inputSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().max(4000).default(''),
  owner: z.string().min(1, 'must not be empty'),
  scope: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('group'), ref: z.string().min(1) }),
    z.strictObject({ type: z.literal('system'), ref: z.string().min(1) }),
    z.strictObject({ type: z.literal('domain'), ref: z.string().min(1) }),
    z.strictObject({
      type: z.literal('filters'),
      filters: z.strictObject({
        kind: refList,
        type: refList,
        lifecycle: refList,
        owner: refList,
        system: refList,
        domain: refList,
      }),
    }),
  ]),
  target: z.union([
    z.strictObject({ stage: z.number().int() }),
    z.strictObject({
      checks: z.array(z.string().min(1)).min(1, 'must name a check'),
    }),
  ]),
  startDate: day,
  dueDate: day,
  milestones: z
    .array(
      z.strictObject({
        date: day,
        share: z.number().gt(0).lte(1),
      }),
    )
    .max(50)
    .default([]),
});

/** The kinds an entity ref in each field may have. */
const REF_KINDS: Record<string, string[]> = {
  owner: ['group', 'user'],
  'scope.group': ['group'],
  'scope.system': ['system'],
  'scope.domain': ['domain'],
  'scope.filters.owner': ['group', 'user'],
  'scope.filters.system': ['system'],
  'scope.filters.domain': ['domain'],
};

/**
 * Checks a campaign as a client sent it, against the model it will be
 * measured with: its stages and check ids. Returns the campaign with
 * defaults filled in and entity refs in their full, lower-case form (in a
 * filters scope too, where a bare name is a group, system or domain), or
 * every problem found, each naming its field. Whether the refs exist in
 * the catalog is for the caller to ask.
 *
 * @public
 */
export function validateCampaignInput(
  value: unknown,
  model: { stageCount: number; checkIds: ReadonlySet<string> },
):
  | { ok: true; value: CampaignInput }
  | { ok: false; problems: CampaignInputProblem[] } {
  const parsed = inputSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(issue => ({
        field: formatPath(issue.path) || '(body)',
        message: issue.message,
      })),
    };
  }
  const input = parsed.data;
  const problems: CampaignInputProblem[] = [];
  const ref = (
    field: string,
    kinds: string[],
    raw: string,
    defaultKind?: string,
  ) => {
    try {
      const parsedRef = parseEntityRef(raw, {
        defaultKind,
        defaultNamespace: 'default',
      });
      const kind = parsedRef.kind.toLocaleLowerCase('en-US');
      if (!kinds.includes(kind)) {
        problems.push({
          field,
          message: `must be a ${kinds.join(' or ')} ref, not a ${kind} ref`,
        });
      }
      return `${kind}:${parsedRef.namespace}/${parsedRef.name}`.toLocaleLowerCase(
        'en-US',
      );
    } catch {
      problems.push({
        field,
        message: `'${raw}' is not an entity ref such as group:default/platform`,
      });
      return raw;
    }
  };

  const owner = ref('owner', REF_KINDS.owner, input.owner);
  // The filters as results store them: refs in full (`payments` is
  // group:default/payments), kinds, types and lifecycles lower-cased.
  const scopeFilters = (filters: ResultFilters): ResultFilters => {
    const normalised: ResultFilters = {};
    for (const [name, values] of Object.entries(filters) as Array<
      [keyof ResultFilters, string[] | undefined]
    >) {
      if (!values || values.length === 0) {
        continue;
      }
      const kinds = REF_KINDS[`scope.filters.${name}`];
      normalised[name] = values.map((raw, index) =>
        kinds
          ? ref(`scope.filters.${name}[${index}]`, kinds, raw, kinds[0])
          : raw.toLocaleLowerCase('en-US'),
      );
    }
    return normalised;
  };
  const scope =
    input.scope.type === 'filters'
      ? { type: 'filters' as const, filters: scopeFilters(input.scope.filters) }
      : {
          type: input.scope.type,
          ref: ref(
            'scope.ref',
            REF_KINDS[`scope.${input.scope.type}`],
            input.scope.ref,
          ),
        };
  if (
    scope.type === 'filters' &&
    !Object.values(scope.filters).some(values => values && values.length > 0)
  ) {
    problems.push({
      field: 'scope.filters',
      message: 'must select something: an empty scope is the whole catalog',
    });
  }

  if ('stage' in input.target) {
    const { stage } = input.target;
    if (stage < 1 || stage > model.stageCount) {
      problems.push({
        field: 'target.stage',
        message: `must be a stage from 1 to ${model.stageCount}`,
      });
    }
  } else {
    input.target.checks.forEach((id, index) => {
      if (!model.checkIds.has(id)) {
        problems.push({
          field: `target.checks[${index}]`,
          message: `there is no check '${id}' in the model`,
        });
      }
    });
  }

  if (input.dueDate < input.startDate) {
    problems.push({
      field: 'dueDate',
      message: `must not be before startDate (${input.startDate})`,
    });
  }
  const milestones = [...input.milestones].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  input.milestones.forEach((milestone, index) => {
    if (milestone.date < input.startDate || milestone.date > input.dueDate) {
      problems.push({
        field: `milestones[${index}].date`,
        message: `must be within the campaign, ${input.startDate} to ${input.dueDate}`,
      });
    }
  });
  for (let i = 1; i < milestones.length; i++) {
    if (milestones[i].date === milestones[i - 1].date) {
      problems.push({
        field: 'milestones',
        message: `two milestones on ${milestones[i].date}`,
      });
    } else if (milestones[i].share < milestones[i - 1].share) {
      problems.push({
        field: 'milestones',
        message: `the share falls from ${milestones[i - 1].share} on ${
          milestones[i - 1].date
        } to ${milestones[i].share} on ${milestones[i].date}`,
      });
    }
  }

  if (problems.length > 0) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      ...input,
      title: input.title.trim(),
      owner,
      scope,
      milestones,
    },
  };
}

function formatPath(path: PropertyKey[]): string {
  let formatted = '';
  for (const key of path) {
    if (typeof key === 'number') {
      formatted += `[${key}]`;
    } else {
      formatted += formatted ? `.${String(key)}` : String(key);
    }
  }
  return formatted;
}
