import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { flexInfraApiRef } from '../../api';
import { CampaignShareCell } from '../CampaignsTab';
import { useCampaignLink } from '../shared';
import { rollupCampaigns } from './rollupCampaigns';

/**
 * The active campaigns a Group, System or Domain runs or is the scope of,
 * each with its due date and share at target; nothing when there are none
 * (or they cannot be loaded: the rollup stands without them).
 */
export const RollupCampaignsList = ({ entityRef }: { entityRef: string }) => {
  const api = useApi(flexInfraApiRef);
  const campaignLink = useCampaignLink();
  const { value } = useAsync(
    () => api.listCampaigns({ status: 'active' }),
    [api],
  );
  const campaigns = rollupCampaigns(entityRef, value?.items ?? []);
  if (campaigns.length === 0) {
    return null;
  }
  return (
    <Box component="section" aria-label="Campaigns" mt={2}>
      <Typography variant="subtitle2" component="h3">
        Campaigns
      </Typography>
      {campaigns.map(campaign => {
        const link = campaignLink(campaign.id);
        return (
          <Box key={campaign.id} mt={1}>
            <Typography variant="body2">
              {link ? <Link to={link}>{campaign.title}</Link> : campaign.title},
              due {campaign.dueDate}
            </Typography>
            <CampaignShareCell campaign={campaign} />
          </Box>
        );
      })}
    </Box>
  );
};
