export { campaignTrack, type CampaignTrack } from './campaignTrack';
export { describeScope, describeTarget } from './describeCampaign';
export { useCampaignLink } from './useCampaignLink';
