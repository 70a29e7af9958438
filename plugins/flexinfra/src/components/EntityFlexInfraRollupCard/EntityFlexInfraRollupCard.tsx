import { InfoCard, Progress } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { ErrorPanelWithRetry, useRollup } from '../shared';
import { RollupCampaignsList } from './RollupCampaignsList';
import { RollupFigures } from './RollupFigures';
import { rollupScope, type RollupScope } from './rollupScope';
import { StageDistributionChart } from './StageDistributionChart';
import { WorstEntitiesList } from './WorstEntitiesList';

const RollupContent = ({ scope }: { scope: RollupScope }) => {
  const { value, loading, error, retry } = useRollup(
    scope.groupBy,
    scope.filters,
  );
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <ErrorPanelWithRetry
        error={error}
        onRetry={retry}
        title="Could not load the FlexInfra rollup"
      />
    );
  }
  const { summary, worst } = value!;
  if (summary.total.entities === 0) {
    return (
      <Typography variant="body2">
        Nothing here has been scored yet
        {summary.total.invalid > 0
          ? ` (${summary.total.invalid} could not be scored)`
          : ''}
        . Results appear after the next refresh.
      </Typography>
    );
  }
  return (
    <>
      <RollupFigures summary={summary} />
      <StageDistributionChart stages={summary.total.stages} />
      <WorstEntitiesList items={worst} />
    </>
  );
};

/**
 * For a Group, System or Domain page: how flexible everything it owns or
 * contains is (a Group's includes its sub-teams'): the stage distribution,
 * average score, share at the target stage and the lowest-scoring entities,
 * and the campaigns it runs or is the scope of.
 */
export const EntityFlexInfraRollupCard = () => {
  const { entity } = useEntity();
  const scope = rollupScope(entity);
  return (
    <InfoCard title="Infrastructure flexibility" subheader={scope?.description}>
      {scope ? (
        <>
          <RollupContent scope={scope} />
          <RollupCampaignsList entityRef={stringifyEntityRef(entity)} />
        </>
      ) : (
        <Typography variant="body2">
          FlexInfra rolls up Groups, Systems and Domains, not {entity.kind}s.
        </Typography>
      )}
    </InfoCard>
  );
};
