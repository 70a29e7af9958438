import { InfoCard, Progress } from '@backstage/core-components';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { AdoptionRun, EntityScorecard } from '../../api';
import {
  describeRun,
  ErrorPanelWithRetry,
  useEntityAdoption,
  useScoreHistory,
} from '../shared';
import { historyChartData } from './historyChartData';
import { ScoreHistoryChart } from './ScoreHistoryChart';

/** Props of {@link EntityScoreHistoryCard}. */
export interface EntityScoreHistoryCardProps {
  entity: CompoundEntityRef;
  /** The current result, drawn as the last point. */
  scorecard?: EntityScorecard;
}

/** The runs of FlexInfra templates for the entity, and what each fixed. */
const TemplateRuns = ({ runs }: { runs: AdoptionRun[] }) => (
  <List dense aria-label="Template runs">
    {runs.map(run => (
      <ListItem key={run.taskId} disableGutters>
        <ListItemText primary={describeRun(run)} />
      </ListItem>
    ))}
  </List>
);

/**
 * The trend of the entity's score, from its history of changes, with the
 * runs of FlexInfra templates for it and the checks each fixed.
 */
export const EntityScoreHistoryCard = ({
  entity,
  scorecard,
}: EntityScoreHistoryCardProps) => {
  const { value: history, loading, error, retry } = useScoreHistory(entity);
  // The runs only add markers and a list: without them (none, or failed to
  // load) the trend is shown alone.
  const runs = useEntityAdoption(entity).value ?? [];
  const points = history ? historyChartData(history, scorecard) : [];
  const scored = points.filter(p => p.score !== null).length;
  // One score is no trend, but it is where a template run's marker shows
  // what the entity stood at when it ran.
  const chartable = scored >= 2 || (scored === 1 && runs.length > 0);
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
  } else if (!chartable) {
    content = (
      <Typography variant="body2" color="textSecondary">
        The trend appears once the score has been recorded more than once.
      </Typography>
    );
  } else {
    content = <ScoreHistoryChart points={points} runs={runs} />;
  }
  return (
    <InfoCard title="Score history">
      {content}
      {runs.length > 0 && <TemplateRuns runs={runs} />}
    </InfoCard>
  );
};
