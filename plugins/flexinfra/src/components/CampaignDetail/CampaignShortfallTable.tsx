import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { CampaignProgress } from '../../api';
import { formatCount } from '../DashboardFormat';
import { CampaignMissingChecks } from '../CampaignMissingChecks';

/**
 * The entities still short of the target that the user may read, each with
 * the checks it must pass and the template that fixes each.
 */
export const CampaignShortfallTable = ({
  progress,
}: {
  progress: Pick<CampaignProgress, 'shortfall' | 'shortfallTotal'>;
}) => {
  const { shortfall, shortfallTotal } = progress;
  if (shortfallTotal === 0) {
    return (
      <Typography variant="body2">
        Every entity in scope is at the target.
      </Typography>
    );
  }
  return (
    <>
      <Table size="small" aria-label="Entities short of the target">
        <TableHead>
          <TableRow>
            <TableCell>Entity</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Stage</TableCell>
            <TableCell>Missing</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shortfall.map(item => (
            <TableRow key={item.entityRef}>
              <TableCell>
                <EntityRefLink entityRef={item.entityRef} />
              </TableCell>
              <TableCell>
                {item.ownerRef ? (
                  <EntityRefLink
                    entityRef={item.ownerRef}
                    defaultKind="group"
                  />
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>
                {item.outcome === 'invalid' ? 'Not scored' : item.stage ?? '—'}
              </TableCell>
              <TableCell>
                <CampaignMissingChecks
                  entityRef={item.entityRef}
                  missing={item.missing}
                  invalid={item.outcome === 'invalid'}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="textSecondary">
        {shortfall.length < shortfallTotal
          ? `${formatCount(shortfall.length)} of ${formatCount(
              shortfallTotal,
            )} entities short of the target; the others are beyond the first page or not readable by you.`
          : `${formatCount(shortfallTotal)} ${
              shortfallTotal === 1 ? 'entity' : 'entities'
            } short of the target.`}
      </Typography>
    </>
  );
};
