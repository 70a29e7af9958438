import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { EntityScorecard } from '../../api';
import { ScoreGauge, StageChip, formatDoraScore } from '../shared';
import { ScorecardFreshness } from './ScorecardFreshness';
import { ScorecardRepositoryState } from './ScorecardRepositoryState';

/** Props of {@link EntityScorecardSummaryCard}. */
export interface EntityScorecardSummaryCardProps {
  /** A scored entity's scorecard (stage and scores set). */
  scorecard: EntityScorecard;
}

/**
 * The headline of an entity's scorecard: its stage, its score on a gauge,
 * its DORA score, how fresh the result is and whether its repository could
 * be read for evidence.
 */
export const EntityScorecardSummaryCard = ({
  scorecard,
}: EntityScorecardSummaryCardProps) => (
  <InfoCard title="Infrastructure flexibility">
    <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={24}>
      {scorecard.score !== null && <ScoreGauge score={scorecard.score} />}
      <Box>
        {scorecard.stage && (
          <StageChip
            stage={scorecard.stage.number}
            name={scorecard.stage.name}
          />
        )}
        {scorecard.doraScore !== null && (
          <Typography variant="body1" component="p">
            DORA flexible infrastructure: {formatDoraScore(scorecard.doraScore)}
          </Typography>
        )}
        <ScorecardFreshness scorecard={scorecard} />
      </Box>
    </Box>
    <ScorecardRepositoryState repository={scorecard.repository} />
  </InfoCard>
);
