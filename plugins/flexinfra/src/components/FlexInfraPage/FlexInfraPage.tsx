import { Header, Page, TabbedLayout } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import type { FlexInfraStatus } from '../../api';
import { CampaignsTab } from '../CampaignsTab';
import { DashboardAsyncState } from '../DashboardAsyncState';
import { DashboardContent } from '../DashboardContent';
import { DashboardEmptyState } from '../DashboardEmptyState';
import { DashboardMaturityModel } from '../DashboardMaturityModel';
import { useFlexInfraOverview } from './useFlexInfraOverview';

/** Whether the backend holds no result at all yet. */
function nothingScored(status: FlexInfraStatus): boolean {
  return status.results.scored + status.results.invalid === 0;
}

const FlexInfraDashboard = () => {
  const overview = useFlexInfraOverview();
  return (
    <DashboardAsyncState state={overview} onRetry={overview.retry}>
      {({ model, status }) => (
        <Grid container spacing={4} direction="column" wrap="nowrap">
          <Grid item>
            {nothingScored(status) ? (
              <DashboardEmptyState
                lastRun={status.lastRun}
                onRefreshStarted={overview.retry}
              />
            ) : (
              <DashboardContent
                model={model}
                status={status}
                onRefreshStarted={overview.retry}
              />
            )}
          </Grid>
          <Grid item>
            <DashboardMaturityModel model={model} />
          </Grid>
        </Grid>
      )}
    </DashboardAsyncState>
  );
};

/**
 * The platform owners' page. Overview: how the organisation adopts flexible
 * infrastructure, which teams lag and which checks fail most, and below it
 * the maturity model FlexInfra scores against. Campaigns: what the
 * organisation is asked to reach by when, and how far it has come.
 */
export const FlexInfraPage = () => (
  <Page themeId="tool">
    <Header
      title="FlexInfra"
      subtitle="How our organisation adopts flexible infrastructure"
    />
    <TabbedLayout>
      <TabbedLayout.Route path="/" title="Overview">
        <FlexInfraDashboard />
      </TabbedLayout.Route>
      <TabbedLayout.Route path="/campaigns" title="Campaigns">
        <CampaignsTab />
      </TabbedLayout.Route>
    </TabbedLayout>
  </Page>
);
