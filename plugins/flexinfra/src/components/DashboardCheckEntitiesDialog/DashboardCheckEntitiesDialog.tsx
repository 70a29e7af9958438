import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { MaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { CheckStatistics, ResultFilters } from '../../api';
import { formatCount, formatScore, stageLabel } from '../DashboardFormat';
import { useFailingEntityPages } from './useFailingEntityPages';

/** Props of {@link DashboardCheckEntitiesDialog}. */
export interface DashboardCheckEntitiesDialogProps {
  /** The check to drill into; the dialog is closed without one. */
  check?: CheckStatistics;
  /** The dashboard's filters, applied to the drill-down too. */
  filters: ResultFilters;
  /** The model's stages, to name them. */
  modelStages: readonly MaturityStage[];
  onClose: () => void;
}

/**
 * The drill-down of a check: the entities failing it, with their owner,
 * stage and score, a page at a time ("Load more" follows the backend's
 * cursor).
 */
export const DashboardCheckEntitiesDialog = ({
  check,
  filters,
  modelStages,
  onClose,
}: DashboardCheckEntitiesDialogProps) => {
  const { items, hasMore, pagesLoaded, loading, error, loadMore } =
    useFailingEntityPages(check?.checkId, filters);
  const titleId = 'flexinfra-check-entities-title';

  return (
    <Dialog
      open={!!check}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>Failing: {check?.title}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="textSecondary" gutterBottom>
          {check &&
            `${formatCount(
              check.fail,
            )} entities fail this check in this selection. Showing ${formatCount(
              items.length,
            )}; entities you may not read are left out.`}
        </Typography>
        {items.length > 0 && (
          <Table size="small" aria-label="Failing entities">
            <TableHead>
              <TableRow>
                <TableCell>Entity</TableCell>
                <TableCell>Owner</TableCell>
                <TableCell>Stage</TableCell>
                <TableCell align="right">Score</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map(item => (
                <TableRow key={item.entityRef}>
                  <TableCell>
                    <EntityRefLink
                      entityRef={item.entityRef}
                      title={item.title ?? undefined}
                    />
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
                    {item.stage === null
                      ? '—'
                      : stageLabel(modelStages, item.stage)}
                  </TableCell>
                  <TableCell align="right">{formatScore(item.score)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {pagesLoaded > 0 && !hasMore && items.length === 0 && (
          <Typography variant="body2">
            No entity you may read fails this check.
          </Typography>
        )}
        {error && (
          <Box mt={2}>
            <ResponseErrorPanel error={error} />
          </Box>
        )}
        {loading && (
          <Box mt={2}>
            <Progress />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {error && (
          <Button color="primary" onClick={loadMore}>
            Retry
          </Button>
        )}
        {!error && hasMore && pagesLoaded > 0 && (
          <Button color="primary" onClick={loadMore} disabled={loading}>
            Load more
          </Button>
        )}
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
};
