export { CampaignsTab } from './CampaignsTab';
export { CampaignShareCell } from './CampaignShareCell';
