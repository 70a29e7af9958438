import type { Campaign } from '../../api';

/**
 * The campaigns of a Group, System or Domain: those it runs (its owner) and
 * those aimed at it (its scope), in the order given.
 */
export function rollupCampaigns(
  entityRef: string,
  campaigns: Campaign[],
): Campaign[] {
  return campaigns.filter(
    campaign =>
      campaign.owner === entityRef ||
      (campaign.scope.type !== 'filters' && campaign.scope.ref === entityRef) ||
      (campaign.scope.type === 'filters' &&
        (campaign.scope.filters.owner ?? []).includes(entityRef)),
  );
}
