import { Progress, WarningPanel } from '@backstage/core-components';
import { getCompoundEntityRef, type Entity } from '@backstage/catalog-model';
import Grid from '@material-ui/core/Grid';
import { useMemo } from 'react';
import {
  EntityCampaignsCard,
  useEntityCampaigns,
} from '../EntityCampaignsCard';
import { EntityChecksCard } from '../EntityChecksCard';
import { resolveCheckSources } from '../CheckSources';
import { EntityDimensionScoresCard } from '../EntityDimensionScoresCard';
import { EntityNextStageCard } from '../EntityNextStageCard';
import { EntityNotScoredEmptyState } from '../EntityNotScoredEmptyState';
import { EntityScoreHistoryCard } from '../EntityScoreHistoryCard';
import {
  EntityScorecardSummaryCard,
  ScorecardFreshness,
} from '../EntityScorecardSummaryCard';
import {
  ErrorPanelWithRetry,
  useEntityScorecard,
  useFlexInfraModel,
} from '../shared';

/**
 * An entity's full scorecard: headline (with the repository's state), next
 * stage, dimensions, score history and checks (with their evidence and
 * sources); or why there is none.
 */
export const EntityScorecardContent = ({ entity }: { entity: Entity }) => {
  const entityRef = getCompoundEntityRef(entity);
  const {
    value: scorecard,
    loading,
    error,
    retry,
  } = useEntityScorecard(entityRef);
  // The model only adds each check's sources: without it (still loading, or
  // failed) the checks are shown without them.
  const { value: model } = useFlexInfraModel();
  // The campaigns only add a card: without them (none, still loading, or
  // failed) the scorecard is shown alone.
  const { value: campaigns } = useEntityCampaigns(entityRef);
  const sources = useMemo(
    () => (model ? resolveCheckSources(model) : undefined),
    [model],
  );
  const checkTitles = useMemo(
    () => new Map(model?.checks.map(check => [check.id, check.title])),
    [model],
  );

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <ErrorPanelWithRetry
        error={error}
        onRetry={retry}
        title="Could not load the FlexInfra scorecard"
      />
    );
  }
  if (!scorecard) {
    return (
      <EntityNotScoredEmptyState
        entityName={entity.metadata.title ?? entity.metadata.name}
      />
    );
  }
  if (scorecard.outcome === 'invalid') {
    return (
      <WarningPanel
        severity="warning"
        title="FlexInfra could not score this entity"
        message={scorecard.error ?? undefined}
        defaultExpanded
      >
        <ScorecardFreshness scorecard={scorecard} />
      </WarningPanel>
    );
  }
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <EntityScorecardSummaryCard scorecard={scorecard} />
      </Grid>
      <Grid item xs={12} md={6}>
        <EntityNextStageCard scorecard={scorecard} />
      </Grid>
      {campaigns && campaigns.length > 0 && (
        <Grid item xs={12}>
          <EntityCampaignsCard
            entityRef={scorecard.entityRef}
            campaigns={campaigns}
            checkTitles={checkTitles}
          />
        </Grid>
      )}
      <Grid item xs={12} md={6}>
        <EntityDimensionScoresCard dimensions={scorecard.dimensions} />
      </Grid>
      <Grid item xs={12} md={6}>
        <EntityScoreHistoryCard entity={entityRef} scorecard={scorecard} />
      </Grid>
      <Grid item xs={12}>
        <EntityChecksCard
          checks={scorecard.checks}
          entityRef={scorecard.entityRef}
          browseUrl={scorecard.repository?.browseUrl}
          sources={sources}
        />
      </Grid>
    </Grid>
  );
};
