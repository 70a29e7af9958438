import {
  InfoCard,
  StatusError,
  StatusOK,
  StatusRunning,
} from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { ReactNode } from 'react';
import type { RefreshRun, RefreshRunStatus } from '../../api';

/** Props of {@link LastRefreshCard}. */
export interface LastRefreshCardProps {
  /** The most recent refresh run, or `null` when none has run yet. */
  lastRun: RefreshRun | null;
}

const statusLabels: Record<RefreshRunStatus, ReactNode> = {
  succeeded: <StatusOK>Succeeded</StatusOK>,
  failed: <StatusError>Failed</StatusError>,
  running: <StatusRunning>Running</StatusRunning>,
};

const Timestamp = ({ value }: { value: string }) => (
  <time dateTime={value}>{new Date(value).toLocaleString()}</time>
);

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <TableRow>
    <TableCell component="th" scope="row">
      {label}
    </TableCell>
    <TableCell>{children}</TableCell>
  </TableRow>
);

/** Shows how the backend's most recent refresh (rescoring) run went. */
export const LastRefreshCard = ({ lastRun }: LastRefreshCardProps) => (
  <InfoCard title="Last refresh">
    {lastRun ? (
      <Table size="small" aria-label="Last refresh">
        <TableBody>
          <Row label="Status">{statusLabels[lastRun.status]}</Row>
          <Row label="Started">
            <Timestamp value={lastRun.startedAt} />
          </Row>
          <Row label="Finished">
            {lastRun.finishedAt ? (
              <Timestamp value={lastRun.finishedAt} />
            ) : (
              'Not yet'
            )}
          </Row>
          <Row label="Trigger">
            {lastRun.trigger === 'manual' ? 'On request' : 'Schedule'}
          </Row>
          <Row label="Entities read">
            {lastRun.entitiesSeen.toLocaleString('en-US')}
          </Row>
          <Row label="Rescored">
            {lastRun.entitiesScored.toLocaleString('en-US')} (the rest were
            unchanged)
          </Row>
          <Row label="Results changed">
            {(lastRun.entitiesChanged ?? 0).toLocaleString('en-US')}
          </Row>
          {lastRun.error && <Row label="Error">{lastRun.error}</Row>}
        </TableBody>
      </Table>
    ) : (
      <>
        <Typography variant="subtitle1">No refresh has run yet</Typography>
        <Typography variant="body2" color="textSecondary">
          Scores appear here once the FlexInfra backend has scored the catalog.
        </Typography>
      </>
    )}
  </InfoCard>
);
