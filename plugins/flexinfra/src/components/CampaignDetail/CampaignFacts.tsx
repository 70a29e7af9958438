import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import type { ReactNode } from 'react';
import type { Campaign, CampaignProgress, FlexInfraModel } from '../../api';
import { formatCount, formatShare } from '../DashboardFormat';
import { describeScope, describeTarget } from '../shared';

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

/** Whether the campaign is on track, in a word. */
function trackLabel(campaign: Campaign, progress: CampaignProgress) {
  if (progress.entities > 0 && progress.atTarget === progress.entities) {
    return { label: 'Done', color: 'primary' as const };
  }
  if (campaign.status === 'archived') {
    return { label: 'Archived', color: 'default' as const };
  }
  return progress.onTrack
    ? { label: 'On track', color: 'primary' as const }
    : { label: 'Behind', color: 'secondary' as const };
}

/** What a campaign is, and where it stands now. */
export const CampaignFacts = ({
  campaign,
  progress,
  model,
}: CampaignFactsProps) => {
  const checkTitles = new Map(model.checks.map(c => [c.id, c.title]));
  const track = trackLabel(campaign, progress);
  return (
    <Table size="small" aria-label="Campaign">
      <TableBody>
        <Fact label="Status">
          <Chip size="small" color={track.color} label={track.label} />
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
          {progress.projectedCompletion ??
            (progress.atTarget === progress.entities
              ? '—'
              : 'Not rising over the last 28 days')}
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
