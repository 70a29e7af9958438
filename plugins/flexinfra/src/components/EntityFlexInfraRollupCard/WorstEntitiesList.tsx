import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { EntitySummary } from '../../api';
import { formatScore, stageName } from '../shared';

/** The lowest-scoring entities, each linking to its entity page. */
export const WorstEntitiesList = ({ items }: { items: EntitySummary[] }) => (
  <>
    <Typography variant="subtitle2" component="h3">
      Lowest scores
    </Typography>
    {items.length === 0 ? (
      <Typography variant="body2" color="textSecondary">
        No scored entities.
      </Typography>
    ) : (
      <List dense disablePadding aria-label="Lowest scores">
        {items.map(item => (
          <ListItem key={item.entityRef} disableGutters>
            <ListItemText
              primary={
                <EntityRefLink entityRef={item.entityRef}>
                  {item.title ?? undefined}
                </EntityRefLink>
              }
              secondary={`Score ${formatScore(item.score)} · Stage ${
                item.stage
              } · ${stageName(item.stage)}`}
            />
          </ListItem>
        ))}
      </List>
    )}
  </>
);
