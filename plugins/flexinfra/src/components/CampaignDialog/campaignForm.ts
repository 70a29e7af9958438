import {
  RESULT_FILTER_NAMES,
  validateCampaignInput,
  type Campaign,
  type CampaignInput,
  type CampaignScope,
  type ResultFilters,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/** One of the result filters a campaign's scope can select on. */
export type ScopeFilterName = (typeof RESULT_FILTER_NAMES)[number];

/**
 * What the campaign dialog edits: a {@link CampaignInput} as text fields
 * hold it (filters as comma-separated lists, milestone shares in percent).
 */
export interface CampaignFormValues {
  title: string;
  description: string;
  owner: string;
  scopeType: CampaignScope['type'];
  scopeRef: string;
  scopeFilters: Record<ScopeFilterName, string>;
  targetType: 'stage' | 'checks';
  stage: number;
  checks: string[];
  startDate: string;
  dueDate: string;
  milestones: Array<{ date: string; percent: string }>;
}

/**
 * The form's problems, each under its field's key path as the backend names
 * it (`owner`, `scope.ref`, `target.checks`, `milestones[1].share`).
 */
export type CampaignFormErrors = Record<string, string>;

/** What the form is checked against: the model's stages and checks. */
export interface CampaignFormModel {
  stageCount: number;
  checkIds: ReadonlySet<string>;
}

const NO_FILTERS: Record<ScopeFilterName, string> = {
  kind: '',
  type: '',
  lifecycle: '',
  owner: '',
  system: '',
  domain: '',
};

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A new campaign: from today, due in 90 days, everything at stage 3. */
export function newCampaignForm(today: string): CampaignFormValues {
  return {
    title: '',
    description: '',
    owner: '',
    scopeType: 'group',
    scopeRef: '',
    scopeFilters: { ...NO_FILTERS },
    targetType: 'stage',
    stage: 3,
    checks: [],
    startDate: today,
    dueDate: addDays(today, 90),
    milestones: [],
  };
}

/** The form holding a stored campaign, to edit it. */
export function campaignFormOf(campaign: Campaign): CampaignFormValues {
  const { scope, target } = campaign;
  const scopeFilters = { ...NO_FILTERS };
  if (scope.type === 'filters') {
    for (const name of RESULT_FILTER_NAMES) {
      scopeFilters[name] = (scope.filters[name] ?? []).join(', ');
    }
  }
  return {
    title: campaign.title,
    description: campaign.description,
    owner: campaign.owner,
    scopeType: scope.type,
    scopeRef: scope.type === 'filters' ? '' : scope.ref,
    scopeFilters,
    targetType: 'stage' in target ? 'stage' : 'checks',
    stage: 'stage' in target ? target.stage : 3,
    checks: 'checks' in target ? target.checks : [],
    startDate: campaign.startDate,
    dueDate: campaign.dueDate,
    milestones: campaign.milestones.map(milestone => ({
      date: milestone.date,
      percent: String(Math.round(milestone.share * 1000) / 10),
    })),
  };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map(value => value.trim())
    .filter(Boolean);
}

function scopeOf(values: CampaignFormValues): CampaignScope {
  if (values.scopeType !== 'filters') {
    return { type: values.scopeType, ref: values.scopeRef.trim() };
  }
  const filters: ResultFilters = {};
  for (const name of RESULT_FILTER_NAMES) {
    const list = splitList(values.scopeFilters[name]);
    if (list.length > 0) {
      filters[name] = list;
    }
  }
  return { type: 'filters', filters };
}

/** A percentage as typed, from above 0 to 100; undefined otherwise. */
function parsePercent(text: string): number | undefined {
  const trimmed = text.trim();
  const percent = trimmed === '' ? NaN : Number(trimmed);
  return percent > 0 && percent <= 100 ? percent : undefined;
}

/** The campaign the form describes, as the backend takes it. */
export function toCampaignInput(values: CampaignFormValues): CampaignInput {
  return {
    title: values.title,
    description: values.description,
    owner: values.owner.trim(),
    scope: scopeOf(values),
    target:
      values.targetType === 'stage'
        ? { stage: values.stage }
        : { checks: values.checks },
    startDate: values.startDate,
    dueDate: values.dueDate,
    milestones: values.milestones.map(milestone => ({
      date: milestone.date,
      // Whole hundredths of a percent: 33.3 % is 0.333, not 0.33299….
      share: Math.round((parsePercent(milestone.percent) ?? NaN) * 100) / 10000,
    })),
  };
}

/**
 * The form's key for a problem's field: a check or a filter value is shown
 * on its list's field (`target.checks`, `scope.filters.owner`).
 */
function formKey(field: string): string {
  return field.replace(/^(target\.checks|scope\.filters\.\w+)\[\d+\]$/, '$1');
}

/** Problems by form key; the first problem of a field is kept. */
function byField(
  problems: ReadonlyArray<{ field: string; message: string }>,
): CampaignFormErrors {
  const errors: CampaignFormErrors = {};
  for (const { field, message } of problems) {
    errors[formKey(field)] ??= message;
  }
  return errors;
}

/**
 * Checks the form the way the backend will (the same validation, from the
 * common package), so that most problems show before anything is sent.
 * Whether the refs exist in the catalog only the backend can say.
 */
export function checkCampaignForm(
  values: CampaignFormValues,
  model: CampaignFormModel,
):
  | { ok: true; input: CampaignInput }
  | { ok: false; errors: CampaignFormErrors } {
  const percentProblems = values.milestones.flatMap((milestone, index) =>
    parsePercent(milestone.percent) === undefined
      ? [
          {
            field: `milestones[${index}].share`,
            message: 'must be a percentage above 0, at most 100',
          },
        ]
      : [],
  );
  const result = validateCampaignInput(toCampaignInput(values), model);
  const problems = [...percentProblems, ...(result.ok ? [] : result.problems)];
  if (problems.length > 0 || !result.ok) {
    return { ok: false, errors: byField(problems) };
  }
  return { ok: true, input: result.value };
}

const INVALID_PREFIX = 'Invalid campaign: ';

/**
 * The problems in the backend's answer to an invalid campaign ("Invalid
 * campaign: owner no entity … in the catalog; scope.ref …"), by form key;
 * undefined for any other message.
 */
export function errorsFromBackend(
  message: string,
): CampaignFormErrors | undefined {
  if (!message.startsWith(INVALID_PREFIX)) {
    return undefined;
  }
  const problems = message
    .slice(INVALID_PREFIX.length)
    .split('; ')
    .map(problem => {
      const space = problem.indexOf(' ');
      return space < 0
        ? { field: '(body)', message: problem }
        : { field: problem.slice(0, space), message: problem.slice(space + 1) };
    });
  return byField(problems);
}
