import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ScorecardCheck } from '../../api';
import { FixWithTemplateButton } from '../shared';

/** Props of {@link MissingCheckItem}. */
export interface MissingCheckItemProps {
  check: ScorecardCheck;
  /** The entity, for the template's `entityRef` parameter. */
  entityRef: string;
}

/**
 * A check to pass for the next stage: its title, what is missing, how to fix
 * it, its docs and, when a template fixes it, the Fix button.
 */
export const MissingCheckItem = ({
  check,
  entityRef,
}: MissingCheckItemProps) => (
  <Box component="li" mb={2}>
    <Typography variant="subtitle2" component="h4">
      {check.title}
    </Typography>
    {check.message && (
      <Typography variant="body2" color="textSecondary">
        {check.message}
      </Typography>
    )}
    {check.remediation && (
      <Typography variant="body2">{check.remediation}</Typography>
    )}
    <Box display="flex" alignItems="center" gridGap={16} mt={0.5}>
      {check.template && (
        <FixWithTemplateButton
          templateRef={check.template}
          entityRef={entityRef}
          checkTitle={check.title}
        />
      )}
      {check.docsUrl && <Link to={check.docsUrl}>How to pass this check</Link>}
    </Box>
  </Box>
);
