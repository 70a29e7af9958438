export { CampaignsTab } from './CampaignsTab';
