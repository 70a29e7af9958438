import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { FlexInfraModel } from '../../api';
import { DoraLevelsCard } from '../DoraLevelsCard';
import { MaturityStagesCard } from '../MaturityStagesCard';

/** Props of {@link DashboardMaturityModel}. */
export interface DashboardMaturityModelProps {
  model: FlexInfraModel;
}

/**
 * The dashboard's secondary section: the maturity model FlexInfra scores
 * against, its stages and DORA's levels.
 */
export const DashboardMaturityModel = ({
  model,
}: DashboardMaturityModelProps) => (
  <section aria-labelledby="flexinfra-maturity-model">
    <Typography
      id="flexinfra-maturity-model"
      variant="h5"
      component="h2"
      gutterBottom
    >
      The maturity model
    </Typography>
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <MaturityStagesCard stages={model.stages} />
      </Grid>
      <Grid item xs={12} md={6}>
        <DoraLevelsCard levels={model.doraLevels} />
      </Grid>
    </Grid>
  </section>
);
