export { EntityCampaignsCard } from './EntityCampaignsCard';
export type { EntityCampaignsCardProps } from './EntityCampaignsCard';
export { useEntityCampaigns } from './useEntityCampaigns';
