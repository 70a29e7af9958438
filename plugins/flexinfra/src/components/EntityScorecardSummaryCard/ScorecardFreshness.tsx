import Typography from '@material-ui/core/Typography';
import type { EntityScorecard } from '../../api';
import { RelativeTime } from '../shared';

/** "Computed 3 hours ago with model abc123def456; last changed 5 days ago." */
export const ScorecardFreshness = ({
  scorecard,
}: {
  scorecard: Pick<EntityScorecard, 'computedAt' | 'changedAt' | 'modelVersion'>;
}) => (
  <Typography variant="body2" color="textSecondary">
    Computed <RelativeTime value={scorecard.computedAt} /> with model{' '}
    <code>{scorecard.modelVersion}</code>; last changed{' '}
    <RelativeTime value={scorecard.changedAt} />.
  </Typography>
);
