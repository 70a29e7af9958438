import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { Campaign } from '../../api';
import { formatCount, formatShare } from '../DashboardFormat';
import { campaignTrack } from '../shared';
import { useCampaignShare } from './useCampaignList';

/** A campaign's share at target now and whether it is on track. */
export const CampaignShareCell = ({ campaign }: { campaign: Campaign }) => {
  const { value, loading, error } = useCampaignShare(campaign);
  if (loading) {
    return <LinearProgress aria-label={`Loading ${campaign.title}`} />;
  }
  if (error || !value) {
    return (
      <Typography variant="body2" color="error">
        Could not load: {error?.message}
      </Typography>
    );
  }
  const track = campaignTrack(campaign, value);
  return (
    <>
      <Typography variant="body2">
        {formatShare(value.share)} ({formatCount(value.atTarget)} of{' '}
        {formatCount(value.entities)}), {track}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={(value.share ?? 0) * 100}
        color={track === 'behind' ? 'secondary' : 'primary'}
        aria-hidden
      />
    </>
  );
};
