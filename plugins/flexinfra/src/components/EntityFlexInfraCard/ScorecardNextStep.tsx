import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { EntityScorecard } from '../../api';
import {
  MissingCheckItem,
  missingChecks,
  noNextStageReason,
} from '../EntityNextStageCard';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

/** The next step: the first check missing for the next stage. */
export const ScorecardNextStep = ({
  scorecard,
}: {
  scorecard: EntityScorecard;
}) => {
  const classes = useStyles();
  const [first, ...rest] = missingChecks(scorecard);
  if (!scorecard.nextStage || !first) {
    return (
      <Typography variant="body2">{noNextStageReason(scorecard)}</Typography>
    );
  }
  return (
    <>
      <Typography variant="subtitle1" component="h3">
        Next step to stage {scorecard.nextStage.number} ·{' '}
        {scorecard.nextStage.name}
      </Typography>
      <ul className={classes.list} aria-label="Next step">
        <MissingCheckItem check={first} entityRef={scorecard.entityRef} />
      </ul>
      {rest.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          {rest.length === 1
            ? 'One more check is missing for this stage.'
            : `${rest.length} more checks are missing for this stage.`}
        </Typography>
      )}
    </>
  );
};
