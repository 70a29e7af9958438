import type { Campaign, CampaignProgress } from '../../../api';

/** Where a campaign stands, in a word. */
export type CampaignTrack =
  | 'done'
  | 'on track'
  | 'behind'
  | 'no trend yet'
  | 'archived';

/**
 * Where a campaign stands: done (everything in scope at target), archived,
 * on track (projected to be done by the due date), behind, or — measured on
 * fewer than two days — with no trend yet to judge by.
 */
export function campaignTrack(
  campaign: Pick<Campaign, 'status'>,
  progress: Pick<
    CampaignProgress,
    'entities' | 'atTarget' | 'onTrack' | 'series'
  >,
): CampaignTrack {
  if (progress.entities > 0 && progress.atTarget === progress.entities) {
    return 'done';
  }
  if (campaign.status === 'archived') {
    return 'archived';
  }
  if (progress.onTrack) {
    return 'on track';
  }
  return progress.series.length < 2 ? 'no trend yet' : 'behind';
}
