import { InfoCard, Link, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  flexinfraCampaignDeletePermission,
  flexinfraCampaignUpdatePermission,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { flexInfraApiRef } from '../../api';
import { CampaignDialog } from '../CampaignDialog';
import { backendMessageOf } from '../DashboardFormat';
import { ErrorPanelWithRetry } from '../shared';
import { CampaignFacts } from './CampaignFacts';
import { CampaignProgressChart } from './CampaignProgressChart';
import { CampaignShortfallTable } from './CampaignShortfallTable';
import { CampaignTeamsTable } from './CampaignTeamsTable';
import {
  useCampaignDetail,
  type CampaignDetailData,
} from './useCampaignDetail';

const CampaignView = ({
  data,
  onChanged,
}: {
  data: CampaignDetailData;
  onChanged: () => void;
}) => {
  const { campaign, progress, model } = data;
  const api = useApi(flexInfraApiRef);
  const alertApi = useApi(alertApiRef);
  const [editing, setEditing] = useState(false);
  const mayEdit = usePermission({
    permission: flexinfraCampaignUpdatePermission,
  }).allowed;
  const mayArchive = usePermission({
    permission: flexinfraCampaignDeletePermission,
  }).allowed;
  const archive = async () => {
    try {
      await api.archiveCampaign(campaign.id);
      alertApi.post({
        message: `Archived the campaign ${campaign.title}`,
        severity: 'success',
        display: 'transient',
      });
      onChanged();
    } catch (error) {
      alertApi.post({
        message: `Could not archive the campaign: ${backendMessageOf(error)}`,
        severity: 'error',
      });
    }
  };
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
          <Box flexGrow={1}>
            <Typography variant="h4" component="h2">
              {campaign.title}
            </Typography>
            <Typography variant="body1" color="textSecondary">
              {campaign.description}
            </Typography>
          </Box>
          <Link to="..">All campaigns</Link>
          {campaign.status === 'active' && mayEdit && (
            <Button variant="outlined" onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          {campaign.status === 'active' && mayArchive && (
            <Button variant="outlined" onClick={archive}>
              Archive
            </Button>
          )}
        </Box>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Where it stands">
          <CampaignFacts
            campaign={campaign}
            progress={progress}
            model={model}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={8}>
        <InfoCard
          title="Progress"
          subheader="Share of the scope at target at the end of each day"
        >
          <CampaignProgressChart campaign={campaign} progress={progress} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Still to do"
          subheader="What each entity short of the target must pass"
        >
          <CampaignShortfallTable progress={progress} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Teams" subheader="The furthest behind first">
          <CampaignTeamsTable teams={progress.teams} />
        </InfoCard>
      </Grid>
      {editing && (
        <CampaignDialog
          model={model}
          campaign={campaign}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </Grid>
  );
};

/** One campaign's page: its facts, progress chart, teams and shortfall. */
export const CampaignDetail = () => {
  const { campaignId = '' } = useParams();
  const state = useCampaignDetail(campaignId);
  if (state.loading && !state.value) {
    return <Progress />;
  }
  if (state.error) {
    return (
      <ErrorPanelWithRetry
        error={state.error}
        onRetry={state.retry}
        title="Could not load the campaign"
      />
    );
  }
  return <CampaignView data={state.value!} onChanged={state.retry} />;
};
