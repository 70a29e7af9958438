export { CampaignDetail } from './CampaignDetail';
