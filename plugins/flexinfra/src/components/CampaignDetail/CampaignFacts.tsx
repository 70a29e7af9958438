import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import type { ReactNode } from 'react';
import type { Campaign, CampaignProgress, FlexInfraModel } from '../../api';
import { formatCount, formatShare } from '../DashboardFormat';
import {
  campaignTrack,
  describeScope,
  describeTarget,
  type CampaignTrack,
} from '../shared';

/** Why there is no projected completion day. */
function noProjection(track: CampaignTrack): string {
  if (track === 'done') {
    return 'Done';
  }
  return track === 'no trend yet'
    ? 'After a second day of progress'
    : 'Not rising over the last 28 days';
}

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <TableRow>
    <TableCell component="th" scope="row">
      {label}
    </TableCell>
    <TableCell>{children}</TableCell>
  </TableRow>
);

/** Props of {@link CampaignFacts}. */
export interface CampaignFactsProps {
  campaign: Campaign;
  progress: CampaignProgress;
  model: FlexInfraModel;
}

const TRACK_CHIPS: Record<
  CampaignTrack,
  { label: string; color: 'primary' | 'secondary' | 'default' }
> = {
  done: { label: 'Done', color: 'primary' },
  'on track': { label: 'On track', color: 'primary' },
  behind: { label: 'Behind', color: 'secondary' },
  'no trend yet': { label: 'No trend yet', color: 'default' },
  archived: { label: 'Archived', color: 'default' },
};

/** What a campaign is, and where it stands now. */
export const CampaignFacts = ({
  campaign,
  progress,
  model,
}: CampaignFactsProps) => {
  const checkTitles = new Map(model.checks.map(c => [c.id, c.title]));
  const track = campaignTrack(campaign, progress);
  const chip = TRACK_CHIPS[track];
  return (
    <Table size="small" aria-label="Campaign">
      <TableBody>
        <Fact label="Status">
          <Chip size="small" color={chip.color} label={chip.label} />
        </Fact>
        <Fact label="At target">
          {formatShare(progress.share)} ({formatCount(progress.atTarget)} of{' '}
          {formatCount(progress.entities)})
        </Fact>
        <Fact label="Target">
          {describeTarget(campaign.target, checkTitles)}
        </Fact>
        <Fact label="Scope">{describeScope(campaign.scope)}</Fact>
        <Fact label="Owner">
          <EntityRefLink entityRef={campaign.owner} defaultKind="group" />
        </Fact>
        <Fact label="Dates">
          {campaign.startDate} to {campaign.dueDate}
        </Fact>
        <Fact label="Projected completion">
          {progress.projectedCompletion ?? noProjection(track)}
        </Fact>
        {campaign.milestones.length > 0 && (
          <Fact label="Milestones">
            {progress.milestones.map(milestone => (
              <div key={milestone.date}>
                {formatShare(milestone.share)} by {milestone.date}:{' '}
                {milestone.status}
                {milestone.actualShare !== null &&
                  ` (${formatShare(milestone.actualShare)})`}
              </div>
            ))}
          </Fact>
        )}
      </TableBody>
    </Table>
  );
};
