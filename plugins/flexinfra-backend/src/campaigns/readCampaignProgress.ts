import type {
  Campaign,
  CampaignProgress,
  CompiledModel,
  ResultFilters,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { ListedResult, ResultStore } from '../database/ResultStore';
import { computeProgress, type ProgressCheck } from './computeProgress';

/** Results are read in pages of this many. */
const PAGE = 1000;

/** What progress needs of each of the model's checks, by id. */
export function progressChecks(
  model: CompiledModel,
): Map<string, ProgressCheck> {
  return new Map(
    model.definition.checks.map(check => [
      check.id,
      {
        title: check.title,
        stage: check.stage ?? null,
        template: check.template ?? null,
      },
    ]),
  );
}

/** The result filters a campaign's scope stands for. */
export function scopeFilters(scope: Campaign['scope']): ResultFilters {
  switch (scope.type) {
    case 'group':
      return { owner: [scope.ref] };
    case 'system':
      return { system: [scope.ref] };
    case 'domain':
      return { domain: [scope.ref] };
    default:
      return scope.filters;
  }
}

/**
 * Reads a campaign's progress: the stored results in its scope and their
 * history since it started, then computeProgress. The shortfall lists every
 * entity short of the target; the caller keeps what the user may read.
 *
 * @internal
 */
export async function readCampaignProgress(options: {
  campaign: Campaign;
  resultStore: ResultStore;
  model: CompiledModel;
  today: string;
}): Promise<CampaignProgress> {
  const { campaign, resultStore, model, today } = options;
  const filters = scopeFilters(campaign.scope);
  const results: ListedResult[] = [];
  for (let after: string | undefined; ; ) {
    const page = await resultStore.listResults({ filters, limit: PAGE, after });
    results.push(...page);
    if (page.length < PAGE) {
      break;
    }
    after = page[page.length - 1].entityRef;
  }
  const history = await resultStore.getHistorySince(
    results.map(result => result.entityRef),
    new Date(`${campaign.startDate}T00:00:00.000Z`),
  );
  return computeProgress({
    campaign,
    today,
    results,
    history,
    checks: progressChecks(model),
  });
}
