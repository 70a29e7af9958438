export { describeScope, describeTarget } from './describeCampaign';
export { useCampaignLink } from './useCampaignLink';
