import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { DIMENSIONS } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { EntityScorecard } from '../../api';
import { formatScore } from '../shared';

/** Props of {@link EntityDimensionScoresCard}. */
export interface EntityDimensionScoresCardProps {
  dimensions: EntityScorecard['dimensions'];
}

function dimensionTitle(id: string): string {
  return DIMENSIONS.find(d => d.id === id)?.title ?? id;
}

/**
 * A bar per dimension of the score (0–100); "Not applicable" for a
 * dimension none of whose checks apply to the entity.
 */
export const EntityDimensionScoresCard = ({
  dimensions,
}: EntityDimensionScoresCardProps) => (
  <InfoCard title="Score by dimension">
    {dimensions.map(({ id, score }) => {
      const title = dimensionTitle(id);
      return (
        <Box key={id} mb={1.5}>
          <Box display="flex" justifyContent="space-between">
            <Typography variant="body2">{title}</Typography>
            <Typography variant="body2" color="textSecondary">
              {score === null ? 'Not applicable' : formatScore(score)}
            </Typography>
          </Box>
          {score !== null && (
            <LinearProgress
              variant="determinate"
              value={score}
              aria-label={title}
            />
          )}
        </Box>
      );
    })}
  </InfoCard>
);
