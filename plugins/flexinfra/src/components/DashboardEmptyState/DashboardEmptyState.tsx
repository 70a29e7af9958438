import { EmptyState } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import type { RefreshRun } from '../../api';
import { DashboardLastRefresh } from '../DashboardLastRefresh';

/** Props of {@link DashboardEmptyState}. */
export interface DashboardEmptyStateProps {
  /** The most recent refresh run, or `null` when none has run yet. */
  lastRun: RefreshRun | null;
  /** Called once a refresh has started, e.g. to reload the status. */
  onRefreshStarted?: () => void;
}

/** What the dashboard shows before FlexInfra has scored any entity. */
export const DashboardEmptyState = ({
  lastRun,
  onRefreshStarted,
}: DashboardEmptyStateProps) => (
  <Grid container spacing={3}>
    <Grid item xs={12} md={8}>
      {/* EmptyState is a Grid container: its negative margins need room. */}
      <Box p={1}>
        <EmptyState
          missing="data"
          title="No scores yet"
          description="FlexInfra has not scored any entity yet; the first refresh runs shortly after start."
        />
      </Box>
    </Grid>
    <Grid item xs={12} md={4}>
      <DashboardLastRefresh
        lastRun={lastRun}
        onRefreshStarted={onRefreshStarted}
      />
    </Grid>
  </Grid>
);
