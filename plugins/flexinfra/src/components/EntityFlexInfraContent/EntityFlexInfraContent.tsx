import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { EntityFlexInfraRollupCard } from '../EntityFlexInfraRollupCard';
import { EntityScorecardContent } from './EntityScorecardContent';

/**
 * The entity page's "Flexibility" tab: a Component's or Resource's
 * scorecard, or for a System (which the model does not score) the rollup
 * of what it contains.
 */
export const EntityFlexInfraContent = () => {
  const { entity } = useEntity();
  if (entity.kind.toLocaleLowerCase('en-US') === 'system') {
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <EntityFlexInfraRollupCard />
        </Grid>
      </Grid>
    );
  }
  return <EntityScorecardContent entity={entity} />;
};
