import type { CampaignScope, CampaignTarget } from '../../../api';
import { entityRefLabel } from '../../DashboardFormat';
import { stageName } from '../StageChip';

const FILTER_LABELS: Record<string, string> = {
  kind: 'kind',
  type: 'type',
  lifecycle: 'lifecycle',
  owner: 'owner',
  system: 'system',
  domain: 'domain',
};

/**
 * Who a campaign is about, in words: "payments and its teams", "system
 * shop", "lifecycle production; kind component, resource".
 */
export function describeScope(scope: CampaignScope): string {
  switch (scope.type) {
    case 'group':
      return `${entityRefLabel(scope.ref, 'group')} and its teams`;
    case 'system':
      return `system ${entityRefLabel(scope.ref, 'system')}`;
    case 'domain':
      return `domain ${entityRefLabel(scope.ref, 'domain')}`;
    default:
      return Object.entries(scope.filters)
        .filter(([, values]) => values && values.length > 0)
        .map(([name, values]) => `${FILTER_LABELS[name]} ${values!.join(', ')}`)
        .join('; ');
  }
}

/**
 * What a campaign's scope must reach, in words: "Stage 3 · Elastic &
 * Programmable" or "Pass: Managed as code, Autoscaling".
 */
export function describeTarget(
  target: CampaignTarget,
  checkTitles?: ReadonlyMap<string, string>,
): string {
  if ('stage' in target) {
    return `Stage ${target.stage} · ${stageName(target.stage)}`;
  }
  return `Pass: ${target.checks
    .map(id => checkTitles?.get(id) ?? id)
    .join(', ')}`;
}
