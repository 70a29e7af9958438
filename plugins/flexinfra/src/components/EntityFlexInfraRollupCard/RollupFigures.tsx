import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { FlexInfraSummary } from '../../api';
import { formatScore, formatShare, stageName } from '../shared';

const Figure = ({ label, value }: { label: string; value: string }) => (
  <Box>
    <Typography variant="h5" component="p" aria-label={`${label}: ${value}`}>
      {value}
    </Typography>
    <Typography variant="caption" color="textSecondary">
      {label}
    </Typography>
  </Box>
);

/** The rollup's headline numbers: entities, average score, share at target. */
export const RollupFigures = ({ summary }: { summary: FlexInfraSummary }) => {
  const { total, targetStage } = summary;
  return (
    <Box display="flex" flexWrap="wrap" gridGap={32} mb={2}>
      <Figure label="Scored entities" value={String(total.entities)} />
      <Figure
        label="Average score"
        value={
          total.averageScore === null ? '–' : formatScore(total.averageScore)
        }
      />
      <Figure
        label={`At target (stage ${targetStage} · ${stageName(
          targetStage,
        )} or above)`}
        value={
          total.atTargetShare === null
            ? '–'
            : `${formatShare(total.atTargetShare)} (${total.atTarget} of ${
                total.entities
              })`
        }
      />
    </Box>
  );
};
