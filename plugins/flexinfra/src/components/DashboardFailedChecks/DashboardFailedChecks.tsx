import { InfoCard } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { MaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';
import { useState } from 'react';
import type { CheckStatistics, ResultFilters } from '../../api';
import { DashboardCheckEntitiesDialog } from '../DashboardCheckEntitiesDialog';
import { formatCount, formatShare, shareOf } from '../DashboardFormat';

const useStyles = makeStyles(theme => ({
  table: { tableLayout: 'fixed', minWidth: 760 },
  scroll: { overflowX: 'auto' },
  share: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  shareBar: { flex: 1, height: 6, borderRadius: 3 },
  shareText: { minWidth: 48, textAlign: 'right' },
}));

const ROWS_PER_PAGE = 10;

function failShare(check: CheckStatistics): number | null {
  return shareOf(check.fail, check.fail + check.pass + check.waived);
}

/** Props of {@link DashboardFailedChecks}. */
export interface DashboardFailedChecksProps {
  /** The backend's check statistics, most failed first. */
  checks: readonly CheckStatistics[];
  /** The dashboard's filters, applied to the drill-downs too. */
  filters: ResultFilters;
  /** The model's stages, to name them in the drill-down. */
  modelStages: readonly MaturityStage[];
}

/**
 * The checks that fail most, with their fail, pass and waived counts and
 * the share of entities failing; each opens a drill-down of the entities
 * failing it.
 */
export const DashboardFailedChecks = ({
  checks,
  filters,
  modelStages,
}: DashboardFailedChecksProps) => {
  const classes = useStyles();
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<CheckStatistics>();
  const lastPage = Math.max(0, Math.ceil(checks.length / ROWS_PER_PAGE) - 1);
  const currentPage = Math.min(page, lastPage);
  const pageChecks = checks.slice(
    currentPage * ROWS_PER_PAGE,
    (currentPage + 1) * ROWS_PER_PAGE,
  );

  return (
    <InfoCard
      title="Most failed checks"
      subheader="How often each check fails in this selection; open one to see the entities failing it."
      noPadding
    >
      {checks.length === 0 ? (
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ padding: 16 }}
        >
          No check results in this selection.
        </Typography>
      ) : (
        <>
          <div className={classes.scroll}>
            <Table
              size="small"
              className={classes.table}
              aria-label="Most failed checks"
            >
              <TableHead>
                <TableRow>
                  <TableCell style={{ width: '38%' }}>Check</TableCell>
                  <TableCell align="right" style={{ width: '9%' }}>
                    Fail
                  </TableCell>
                  <TableCell align="right" style={{ width: '9%' }}>
                    Pass
                  </TableCell>
                  <TableCell align="right" style={{ width: '9%' }}>
                    Waived
                  </TableCell>
                  <TableCell style={{ width: '20%' }}>Fail share</TableCell>
                  <TableCell align="right" style={{ width: '15%' }}>
                    <span aria-hidden>&nbsp;</span>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pageChecks.map(check => {
                  const share = failShare(check);
                  return (
                    <TableRow key={check.checkId} hover>
                      <TableCell component="th" scope="row">
                        <Typography variant="body2">{check.title}</Typography>
                        <Typography variant="caption" color="textSecondary">
                          {check.checkId}
                        </Typography>
                      </TableCell>
                      <TableCell align="right">
                        {formatCount(check.fail)}
                      </TableCell>
                      <TableCell align="right">
                        {formatCount(check.pass)}
                      </TableCell>
                      <TableCell align="right">
                        {formatCount(check.waived)}
                      </TableCell>
                      <TableCell>
                        <div className={classes.share}>
                          <LinearProgress
                            className={classes.shareBar}
                            variant="determinate"
                            color="secondary"
                            value={(share ?? 0) * 100}
                            aria-label={`${check.title} fail share`}
                          />
                          <Typography
                            variant="body2"
                            className={classes.shareText}
                          >
                            {formatShare(share)}
                          </Typography>
                        </div>
                      </TableCell>
                      <TableCell align="right">
                        <Button
                          size="small"
                          color="primary"
                          disabled={check.fail === 0}
                          onClick={() => setSelected(check)}
                          aria-label={`Entities failing ${check.title}`}
                        >
                          Failing entities
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          <TablePagination
            component="div"
            count={checks.length}
            page={currentPage}
            rowsPerPage={ROWS_PER_PAGE}
            rowsPerPageOptions={[ROWS_PER_PAGE]}
            onPageChange={(_event, next) => setPage(next)}
          />
        </>
      )}
      <DashboardCheckEntitiesDialog
        check={selected}
        filters={filters}
        modelStages={modelStages}
        onClose={() => setSelected(undefined)}
      />
    </InfoCard>
  );
};
