import { InfoCard } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { FlexInfraModel, FlexInfraStatus } from '../../api';
import { DashboardAsyncState } from '../DashboardAsyncState';
import { DashboardExportButton } from '../DashboardExportButton';
import { DashboardFailedChecks } from '../DashboardFailedChecks';
import {
  DashboardFilters,
  hasFilters,
  trendsComparable,
  useDashboardFilters,
  useFilterOptions,
} from '../DashboardFilters';
import {
  DashboardHeadlineNumbers,
  overallTrend,
} from '../DashboardHeadlineNumbers';
import { DashboardLastRefresh } from '../DashboardLastRefresh';
import { DashboardStageDistribution } from '../DashboardStageDistribution';
import { DashboardTeamsTable } from '../DashboardTeamsTable';
import { DashboardAdoption } from '../DashboardAdoption';
import { DashboardWaivers } from '../DashboardWaivers';
import {
  DASHBOARD_TREND_DAYS,
  useCheckStatistics,
  useOwnerSummary,
  useAdoption,
  useWaivers,
} from './useDashboardData';

const FILTERED_TRENDS_REASON =
  'Trends come from daily snapshots of whole teams, so they are only shown without kind, type, lifecycle or system filters';

/** Props of {@link DashboardContent}. */
export interface DashboardContentProps {
  model: FlexInfraModel;
  status: FlexInfraStatus;
  /** Called once a refresh has started, e.g. to reload the status. */
  onRefreshStarted?: () => void;
}

/**
 * The platform owners' dashboard: filters (kept in the URL), headline
 * numbers, stage distribution, last refresh, teams, most failed checks,
 * active waivers and what the templates fixed (not filtered: it is about
 * the templates).
 * Everything comes from the backend's aggregates and paginated drill-downs.
 */
export const DashboardContent = ({
  model,
  status,
  onRefreshStarted,
}: DashboardContentProps) => {
  const { filters, setFilter, clearFilters } = useDashboardFilters();
  const options = useFilterOptions();
  const summary = useOwnerSummary(filters);
  const checks = useCheckStatistics(filters);
  const waivers = useWaivers(filters);
  const adoption = useAdoption();
  const trendUnavailableReason = trendsComparable(filters)
    ? undefined
    : FILTERED_TRENDS_REASON;
  const loadedSummary = summary.error ? undefined : summary.value;
  const nothingMatches =
    !!loadedSummary &&
    loadedSummary.total.entities + loadedSummary.total.invalid === 0;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <DashboardFilters
          filters={filters}
          options={options.value}
          optionsError={options.error}
          onRetryOptions={options.retry}
          onChange={setFilter}
          onClear={clearFilters}
          actions={<DashboardExportButton filters={filters} />}
        />
      </Grid>

      {loadedSummary && !nothingMatches && (
        <Grid item xs={12}>
          <DashboardHeadlineNumbers
            total={loadedSummary.total}
            targetStage={loadedSummary.targetStage}
            trendDays={DASHBOARD_TREND_DAYS}
            trend={overallTrend(loadedSummary.groups)}
            trendUnavailableReason={trendUnavailableReason}
          />
        </Grid>
      )}

      <Grid item xs={12} md={8}>
        <DashboardAsyncState state={summary} onRetry={summary.retry}>
          {value =>
            nothingMatches ? (
              <InfoCard title="No matching entities">
                <Typography variant="body2" paragraph>
                  {hasFilters(filters)
                    ? 'No scored entity matches these filters.'
                    : 'No entity has been scored.'}
                </Typography>
                {hasFilters(filters) && (
                  <Button
                    variant="outlined"
                    color="primary"
                    onClick={clearFilters}
                  >
                    Clear filters
                  </Button>
                )}
              </InfoCard>
            ) : (
              <DashboardStageDistribution
                total={value.total}
                modelStages={model.stages}
                targetStage={value.targetStage}
              />
            )
          }
        </DashboardAsyncState>
      </Grid>
      <Grid item xs={12} md={4}>
        <DashboardLastRefresh
          lastRun={status.lastRun}
          onRefreshStarted={onRefreshStarted}
        />
      </Grid>

      {loadedSummary && !nothingMatches && (
        <Grid item xs={12}>
          <DashboardTeamsTable
            groups={loadedSummary.groups}
            modelStages={model.stages}
            trendDays={DASHBOARD_TREND_DAYS}
            trendUnavailableReason={trendUnavailableReason}
          />
        </Grid>
      )}

      <Grid item xs={12}>
        <DashboardAsyncState state={checks} onRetry={checks.retry}>
          {value => (
            <DashboardFailedChecks
              checks={value}
              filters={filters}
              modelStages={model.stages}
            />
          )}
        </DashboardAsyncState>
      </Grid>

      <Grid item xs={12}>
        <DashboardAsyncState state={waivers} onRetry={waivers.retry}>
          {value => <DashboardWaivers waivers={value} />}
        </DashboardAsyncState>
      </Grid>

      <Grid item xs={12}>
        <DashboardAsyncState state={adoption} onRetry={adoption.retry}>
          {value => <DashboardAdoption adoption={value} />}
        </DashboardAsyncState>
      </Grid>
    </Grid>
  );
};
