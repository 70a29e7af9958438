export { CampaignMissingChecks } from './CampaignMissingChecks';
export type { CampaignMissingChecksProps } from './CampaignMissingChecks';
