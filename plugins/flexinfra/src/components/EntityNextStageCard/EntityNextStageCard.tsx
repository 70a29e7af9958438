import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { EntityScorecard } from '../../api';
import { StageChip } from '../shared';
import { MissingCheckItem } from './MissingCheckItem';
import { missingChecks, noNextStageReason } from './missingChecks';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

/** Props of {@link EntityNextStageCard}. */
export interface EntityNextStageCardProps {
  scorecard: EntityScorecard;
}

/** The entity's next stage and every check it still has to pass for it. */
export const EntityNextStageCard = ({
  scorecard,
}: EntityNextStageCardProps) => {
  const classes = useStyles();
  const { nextStage } = scorecard;
  const missing = missingChecks(scorecard);
  return (
    <InfoCard title="Next stage">
      {nextStage ? (
        <>
          <Box mb={1}>
            <StageChip stage={nextStage.number} name={nextStage.name} />
          </Box>
          <Typography variant="body2" paragraph>
            {missing.length === 1
              ? 'One check is missing for this stage:'
              : `${missing.length} checks are missing for this stage:`}
          </Typography>
          <ul
            className={classes.list}
            aria-label={`Missing for stage ${nextStage.number}`}
          >
            {missing.map(check => (
              <MissingCheckItem
                key={check.id}
                check={check}
                entityRef={scorecard.entityRef}
              />
            ))}
          </ul>
        </>
      ) : (
        <Typography variant="body2">{noNextStageReason(scorecard)}</Typography>
      )}
    </InfoCard>
  );
};
