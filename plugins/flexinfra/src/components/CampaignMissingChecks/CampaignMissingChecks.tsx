import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { CampaignShortfall } from '../../api';
import { FixWithTemplateButton } from '../shared';

/** Props of {@link CampaignMissingChecks}. */
export interface CampaignMissingChecksProps {
  entityRef: string;
  missing: CampaignShortfall['missing'];
  /** The entity could not be scored: it must first have a valid descriptor. */
  invalid?: boolean;
}

/**
 * The checks an entity must pass for a campaign, each with a Fix with
 * template button where the model names a template that fixes it.
 */
export const CampaignMissingChecks = ({
  entityRef,
  missing,
  invalid,
}: CampaignMissingChecksProps) => {
  if (invalid) {
    return (
      <Typography variant="body2" color="textSecondary">
        Needs a valid descriptor before FlexInfra can score it.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label={`Missing checks of ${entityRef}`}>
      {missing.map(check => (
        <ListItem key={check.checkId} disableGutters>
          <ListItemText
            primary={check.title}
            style={check.template ? { paddingRight: 180 } : undefined}
          />
          {check.template && (
            <ListItemSecondaryAction>
              <FixWithTemplateButton
                templateRef={check.template}
                entityRef={entityRef}
                checkTitle={check.title}
              />
            </ListItemSecondaryAction>
          )}
        </ListItem>
      ))}
    </List>
  );
};
