import { InfoCard, Progress } from '@backstage/core-components';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import Typography from '@material-ui/core/Typography';
import type { EntityScorecard } from '../../api';
import { ErrorPanelWithRetry, useScoreHistory } from '../shared';
import { historyChartData } from './historyChartData';
import { ScoreHistoryChart } from './ScoreHistoryChart';

/** Props of {@link EntityScoreHistoryCard}. */
export interface EntityScoreHistoryCardProps {
  entity: CompoundEntityRef;
  /** The current result, drawn as the last point. */
  scorecard?: EntityScorecard;
}

/** The trend of the entity's score, from its history of changes. */
export const EntityScoreHistoryCard = ({
  entity,
  scorecard,
}: EntityScoreHistoryCardProps) => {
  const { value: history, loading, error, retry } = useScoreHistory(entity);
  const points = history ? historyChartData(history, scorecard) : [];
  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ErrorPanelWithRetry
        error={error}
        onRetry={retry}
        title="Could not load the score history"
      />
    );
  } else if (points.filter(p => p.score !== null).length < 2) {
    content = (
      <Typography variant="body2" color="textSecondary">
        The trend appears once the score has been recorded more than once.
      </Typography>
    );
  } else {
    content = <ScoreHistoryChart points={points} />;
  }
  return <InfoCard title="Score history">{content}</InfoCard>;
};
