import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CompiledModel } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { ResultStore } from '../database/ResultStore';
import { createScorecardEnricher } from '../service/toEntityScorecard';
import type { ActionContext } from './context';
import { registerExplainCheckAction } from './explainCheckAction';
import { registerGetScorecardAction } from './getScorecardAction';
import { registerListFailingChecksAction } from './listFailingChecksAction';
import { registerListWorstEntitiesAction } from './listWorstEntitiesAction';
import { registerSummariseScopeAction } from './summariseScopeAction';
import { registerWhatToFixNextAction } from './whatToFixNextAction';

/**
 * Registers FlexInfra's read-only actions with the actions registry, for AI
 * tools (through the MCP actions backend) and any other caller of Backstage
 * actions: `flexinfra:get-scorecard`, `flexinfra:list-failing-checks`,
 * `flexinfra:explain-check`, `flexinfra:summarise-scope`,
 * `flexinfra:list-worst-entities` and `flexinfra:suggest-next-fixes`. Each
 * acts with the caller's credentials: an entity the catalog does not let the
 * caller read is not found, as in the REST API.
 */
export function registerActions(options: {
  actionsRegistry: ActionsRegistryService;
  catalog: CatalogService;
  resultStore: ResultStore;
  model: CompiledModel;
  trendDays: number;
  now?: () => Date;
}): void {
  const context: ActionContext = {
    ...options,
    toScorecard: createScorecardEnricher(options.model),
    now: options.now ?? (() => new Date()),
  };
  registerGetScorecardAction(context);
  registerListFailingChecksAction(context);
  registerExplainCheckAction(context);
  registerSummariseScopeAction(context);
  registerListWorstEntitiesAction(context);
  registerWhatToFixNextAction(context);
}
