import Box from '@material-ui/core/Box';
import type { RefreshRun } from '../../api';
import { DashboardRefreshButton } from '../DashboardRefreshButton';
import { LastRefreshCard } from '../LastRefreshCard';

/** Props of {@link DashboardLastRefresh}. */
export interface DashboardLastRefreshProps {
  /** The most recent refresh run, or `null` when none has run yet. */
  lastRun: RefreshRun | null;
  /** Called once a refresh has started, e.g. to reload the status. */
  onRefreshStarted?: () => void;
}

/** The last refresh and its status, with a button to refresh now. */
export const DashboardLastRefresh = ({
  lastRun,
  onRefreshStarted,
}: DashboardLastRefreshProps) => (
  <Box display="flex" flexDirection="column" gridGap={12}>
    <LastRefreshCard lastRun={lastRun} />
    <Box display="flex" justifyContent="flex-end">
      <DashboardRefreshButton onStarted={onRefreshStarted} />
    </Box>
  </Box>
);
