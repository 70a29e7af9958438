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
  EntityCampaign,
} from './types';
export { validateCampaignInput } from './validateCampaignInput';
