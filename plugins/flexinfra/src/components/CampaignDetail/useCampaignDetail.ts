import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  flexInfraApiRef,
  type Campaign,
  type CampaignProgress,
  type FlexInfraModel,
} from '../../api';

/** How many entities short of the target the campaign page lists. */
export const SHORTFALL_LIMIT = 100;

/** What a campaign's page shows. */
export interface CampaignDetailData {
  campaign: Campaign;
  progress: CampaignProgress;
  model: FlexInfraModel;
}

/** A campaign, its progress and the model; `retry` loads them again. */
export function useCampaignDetail(campaignId: string) {
  const api = useApi(flexInfraApiRef);
  return useAsyncRetry(async (): Promise<CampaignDetailData> => {
    const [campaign, progress, model] = await Promise.all([
      api.getCampaign(campaignId),
      api.getCampaignProgress(campaignId, { limit: SHORTFALL_LIMIT }),
      api.getModel(),
    ]);
    return { campaign, progress, model };
  }, [api, campaignId]);
}
