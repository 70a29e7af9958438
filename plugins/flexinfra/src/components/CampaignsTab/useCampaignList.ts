import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { flexInfraApiRef, type Campaign } from '../../api';

/** The campaigns (active only, or all) and the model; `retry` reloads. */
export function useCampaignList(includeArchived: boolean) {
  const api = useApi(flexInfraApiRef);
  return useAsyncRetry(async () => {
    const [{ items }, model] = await Promise.all([
      api.listCampaigns(includeArchived ? {} : { status: 'active' }),
      api.getModel(),
    ]);
    return { campaigns: items, model };
  }, [api, includeArchived]);
}

/** A campaign's progress, for its row in the list. */
export function useCampaignShare(campaign: Campaign) {
  const api = useApi(flexInfraApiRef);
  return useAsync(
    () => api.getCampaignProgress(campaign.id, { limit: 1 }),
    [api, campaign.id, campaign.updatedAt],
  );
}
