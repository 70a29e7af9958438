import { InfoCard, Progress } from '@backstage/core-components';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { EntityScorecard } from '../../api';
import { ScorecardFreshness } from '../EntityScorecardSummaryCard';
import {
  ErrorPanelWithRetry,
  ScoreGauge,
  StageChip,
  formatDoraScore,
  useEntityScorecard,
} from '../shared';
import { ScorecardNextStep } from './ScorecardNextStep';
import { useFlexibilityTabLink } from './useFlexibilityTabLink';

/**
 * Props of {@link EntityFlexInfraCard}.
 *
 * @public
 */
export interface EntityFlexInfraCardProps {
  /**
   * The path of the Flexibility tab under the entity page, for the card's
   * link; `flexibility` unless mounted elsewhere.
   */
  tabPath?: string;
}

const ScoredSummary = ({ scorecard }: { scorecard: EntityScorecard }) => (
  <>
    <Box display="flex" alignItems="center" gridGap={16} mb={2}>
      {scorecard.score !== null && (
        <ScoreGauge score={scorecard.score} size="small" />
      )}
      <Box>
        {scorecard.stage && (
          <StageChip
            stage={scorecard.stage.number}
            name={scorecard.stage.name}
          />
        )}
        {scorecard.doraScore !== null && (
          <Typography variant="body2">
            DORA: {formatDoraScore(scorecard.doraScore)}
          </Typography>
        )}
        <ScorecardFreshness scorecard={scorecard} />
      </Box>
    </Box>
    <ScorecardNextStep scorecard={scorecard} />
  </>
);

/**
 * For an entity's overview: its stage and score, and the next step to its
 * next stage, with a link to the Flexibility tab.
 */
export const EntityFlexInfraCard = ({ tabPath }: EntityFlexInfraCardProps) => {
  const { entity } = useEntity();
  const tabLink = useFlexibilityTabLink(entity, tabPath);
  const {
    value: scorecard,
    loading,
    error,
    retry,
  } = useEntityScorecard(getCompoundEntityRef(entity));

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ErrorPanelWithRetry
        error={error}
        onRetry={retry}
        title="Could not load the FlexInfra scorecard"
      />
    );
  } else if (!scorecard) {
    content = (
      <Typography variant="body2">
        Not scored yet. Results appear after the next FlexInfra refresh.
      </Typography>
    );
  } else if (scorecard.outcome === 'invalid') {
    content = (
      <Typography variant="body2">
        FlexInfra could not score this entity: {scorecard.error}
      </Typography>
    );
  } else {
    content = <ScoredSummary scorecard={scorecard} />;
  }

  return (
    <InfoCard
      title="Infrastructure flexibility"
      deepLink={{ title: 'View the flexibility scorecard', link: tabLink }}
    >
      {content}
    </InfoCard>
  );
};
