import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { DoraLevelsCard } from '../DoraLevelsCard';
import { LastRefreshCard } from '../LastRefreshCard';
import { MaturityStagesCard } from '../MaturityStagesCard';
import { useFlexInfraOverview } from './useFlexInfraOverview';

const FlexInfraOverviewContent = () => {
  const { value, loading, error, retry } = useFlexInfraOverview();

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <Grid container spacing={2} direction="column">
        <Grid item>
          <ResponseErrorPanel error={error} />
        </Grid>
        <Grid item>
          <Button variant="outlined" color="primary" onClick={retry}>
            Retry
          </Button>
        </Grid>
      </Grid>
    );
  }
  if (!value) {
    return null;
  }

  const { model, status } = value;
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <MaturityStagesCard stages={model.stages} />
      </Grid>
      <Grid item xs={12} md={6}>
        <DoraLevelsCard levels={model.doraLevels} />
      </Grid>
      <Grid item xs={12} md={6}>
        <LastRefreshCard lastRun={status.lastRun} />
      </Grid>
    </Grid>
  );
};

/**
 * The platform owners' page: the maturity model FlexInfra scores against and
 * the state of the latest refresh.
 */
export const FlexInfraPage = () => (
  <Page themeId="tool">
    <Header title="FlexInfra" subtitle="How flexible is our infrastructure?" />
    <Content>
      <FlexInfraOverviewContent />
    </Content>
  </Page>
);
