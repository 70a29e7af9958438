export type {
  Campaign,
  CampaignInput,
  CampaignInputProblem,
  CampaignMilestone,
  CampaignScope,
  CampaignTarget,
} from './types';
export { validateCampaignInput } from './validateCampaignInput';
