import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../../routes';

/**
 * The link to a campaign on the FlexInfra page's Campaigns tab, or to the
 * tab itself without an id; `undefined` where the app has no FlexInfra page.
 */
export function useCampaignLink(): (campaignId?: string) => string | undefined {
  let page: (() => string) | undefined;
  try {
    // Called once on every render; the try only catches an app that does
    // not mount the FlexInfra page (useRouteRef throws there).
    // eslint-disable-next-line react-hooks/rules-of-hooks
    page = useRouteRef(rootRouteRef);
  } catch {
    page = undefined;
  }
  return campaignId => {
    if (!page) {
      return undefined;
    }
    const tab = `${page().replace(/\/$/, '')}/campaigns`;
    return campaignId ? `${tab}/${encodeURIComponent(campaignId)}` : tab;
  };
}
