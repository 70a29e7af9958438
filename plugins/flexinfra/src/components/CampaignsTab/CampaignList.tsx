import { Link, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Paper from '@material-ui/core/Paper';
import Switch from '@material-ui/core/Switch';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { usePermission } from '@backstage/plugin-permission-react';
import { flexinfraCampaignCreatePermission } from '@flexinfra/backstage-plugin-flexinfra-common';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Campaign, FlexInfraModel } from '../../api';
import { CampaignDialog } from '../CampaignDialog';
import { describeScope, describeTarget, ErrorPanelWithRetry } from '../shared';
import { CampaignShareCell } from './CampaignShareCell';
import { useCampaignList } from './useCampaignList';

const CampaignTable = ({
  campaigns,
  model,
}: {
  campaigns: Campaign[];
  model: FlexInfraModel;
}) => {
  const checkTitles = new Map(model.checks.map(c => [c.id, c.title]));
  return (
    <Paper>
      <Table aria-label="Campaigns">
        <TableHead>
          <TableRow>
            <TableCell>Campaign</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Scope</TableCell>
            <TableCell>Target</TableCell>
            <TableCell>Due</TableCell>
            <TableCell style={{ minWidth: 200 }}>At target</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {campaigns.map(campaign => (
            <TableRow key={campaign.id}>
              <TableCell>
                <Link to={encodeURIComponent(campaign.id)}>
                  {campaign.title}
                </Link>
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={campaign.owner} defaultKind="group" />
              </TableCell>
              <TableCell>{describeScope(campaign.scope)}</TableCell>
              <TableCell>
                {describeTarget(campaign.target, checkTitles)}
              </TableCell>
              <TableCell>{campaign.dueDate}</TableCell>
              <TableCell>
                <CampaignShareCell campaign={campaign} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
};

/**
 * The campaigns: each with its owner, scope, target, due date and share at
 * target; a New campaign button opens the dialog, and a saved campaign
 * opens its page.
 */
export const CampaignList = () => {
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const state = useCampaignList(includeArchived);
  const createPermission = usePermission({
    permission: flexinfraCampaignCreatePermission,
  });
  const mayCreate = createPermission.allowed;
  const denied = !createPermission.loading && !mayCreate;
  return (
    <>
      <Box display="flex" alignItems="center" mb={2} gridGap={16}>
        <Typography variant="body1" style={{ flexGrow: 1 }}>
          A campaign asks a part of the organisation to reach a stage, or to
          pass some checks, by a date.
        </Typography>
        <FormControlLabel
          control={
            <Switch
              checked={includeArchived}
              onChange={event => setIncludeArchived(event.target.checked)}
            />
          }
          label="Show archived"
        />
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          disabled={!state.value || !mayCreate}
          title={denied ? 'You may not create campaigns' : undefined}
          onClick={() => setCreating(true)}
        >
          New campaign
        </Button>
      </Box>
      {state.loading && !state.value && <Progress />}
      {state.error && (
        <ErrorPanelWithRetry
          error={state.error}
          onRetry={state.retry}
          title="Could not load the campaigns"
        />
      )}
      {state.value && state.value.campaigns.length === 0 && (
        <Typography variant="body2">
          {includeArchived ? 'No campaigns yet.' : 'No active campaigns.'} Start
          one with New campaign.
        </Typography>
      )}
      {state.value && state.value.campaigns.length > 0 && (
        <CampaignTable
          campaigns={state.value.campaigns}
          model={state.value.model}
        />
      )}
      {creating && state.value && (
        <CampaignDialog
          model={state.value.model}
          onClose={() => setCreating(false)}
          onSaved={campaign => navigate(encodeURIComponent(campaign.id))}
        />
      )}
    </>
  );
};
