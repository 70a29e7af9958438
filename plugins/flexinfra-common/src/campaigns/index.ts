export type {
  Campaign,
  CampaignInput,
  CampaignInputProblem,
  CampaignMilestone,
  CampaignProgress,
  CampaignProgressPoint,
  CampaignShortfall,
  CampaignScope,
  CampaignTarget,
} from './types';
export { validateCampaignInput } from './validateCampaignInput';
