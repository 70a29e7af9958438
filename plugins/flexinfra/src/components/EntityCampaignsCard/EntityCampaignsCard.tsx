import { InfoCard, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { EntityCampaign } from '../../api';
import { CampaignMissingChecks } from '../CampaignMissingChecks';
import { ownerLabel } from '../DashboardFormat';
import { describeTarget, useCampaignLink } from '../shared';

/** Props of {@link EntityCampaignsCard}. */
export interface EntityCampaignsCardProps {
  entityRef: string;
  campaigns: EntityCampaign[];
  /** Check titles by id, to name a target's checks; ids without it. */
  checkTitles?: ReadonlyMap<string, string>;
}

/**
 * The campaigns an entity is part of, and for each what it must still do:
 * the checks to pass, with the template that fixes each, or nothing.
 */
export const EntityCampaignsCard = ({
  entityRef,
  campaigns,
  checkTitles,
}: EntityCampaignsCardProps) => {
  const campaignLink = useCampaignLink();
  return (
    <InfoCard
      title="Campaigns"
      subheader={`This entity is part of ${
        campaigns.length === 1 ? 'a campaign' : `${campaigns.length} campaigns`
      }`}
    >
      {campaigns.map(campaign => {
        const link = campaignLink(campaign.id);
        return (
          <Box
            key={campaign.id}
            component="section"
            aria-label={`Campaign ${campaign.title}`}
            mb={2}
          >
            <Box display="flex" alignItems="center" gridGap={8}>
              <Typography variant="subtitle1" component="h3">
                {link ? (
                  <Link to={link}>{campaign.title}</Link>
                ) : (
                  campaign.title
                )}
              </Typography>
              {campaign.atTarget ? (
                <Chip size="small" color="primary" label="At target" />
              ) : (
                <Chip size="small" color="secondary" label="To do" />
              )}
            </Box>
            <Typography variant="body2" color="textSecondary">
              {describeTarget(campaign.target, checkTitles)} by{' '}
              {campaign.dueDate}, run by {ownerLabel(campaign.owner)}
            </Typography>
            {!campaign.atTarget && (
              <CampaignMissingChecks
                entityRef={entityRef}
                missing={campaign.missing}
              />
            )}
          </Box>
        );
      })}
    </InfoCard>
  );
};
