export { CampaignDialog } from './CampaignDialog';
export type { CampaignDialogProps } from './CampaignDialog';
