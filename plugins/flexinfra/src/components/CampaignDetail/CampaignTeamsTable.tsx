import { EntityRefLink } from '@backstage/plugin-catalog-react';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { CampaignProgress } from '../../api';
import { formatCount, formatShare } from '../DashboardFormat';

/** Per owner of the entities in scope, the furthest behind first. */
export const CampaignTeamsTable = ({
  teams,
}: {
  teams: CampaignProgress['teams'];
}) => (
  <Table size="small" aria-label="Teams">
    <TableHead>
      <TableRow>
        <TableCell>Team</TableCell>
        <TableCell align="right">Entities</TableCell>
        <TableCell align="right">At target</TableCell>
        <TableCell>Share</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {teams.map(team => (
        <TableRow key={team.ownerRef ?? ''}>
          <TableCell>
            {team.ownerRef ? (
              <EntityRefLink entityRef={team.ownerRef} defaultKind="group" />
            ) : (
              'No owner'
            )}
          </TableCell>
          <TableCell align="right">{formatCount(team.entities)}</TableCell>
          <TableCell align="right">{formatCount(team.atTarget)}</TableCell>
          <TableCell style={{ minWidth: 160 }}>
            {formatShare(team.share)}
            <LinearProgress
              variant="determinate"
              value={(team.share ?? 0) * 100}
              aria-hidden
            />
          </TableCell>
        </TableRow>
      ))}
    </TableBody>
  </Table>
);
