import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ScorecardCheck, SourceDocument } from '../../api';
import { CheckEvidenceList } from '../CheckEvidence';
import { CheckSources } from '../CheckSources';
import { CheckStatusLabel, FixWithTemplateButton } from '../shared';

const useStyles = makeStyles(theme => ({
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
}));

/** Props of {@link CheckListItem}. */
export interface CheckListItemProps {
  check: ScorecardCheck;
  /** The entity, for the template's `entityRef` parameter. */
  entityRef: string;
  /**
   * The entity repository's browse address, for links to the files of
   * repository evidence; without it the files are plain text.
   */
  browseUrl?: string | null;
  /** The documents the check measures; none shown when left out. */
  sources?: SourceDocument[];
}

/** Whether the check still needs work: failing, or waived for now. */
function needsWork(check: ScorecardCheck): boolean {
  return check.status === 'fail' || check.status === 'waived';
}

/**
 * One check of a scorecard: title, status and the message naming the
 * evidence; for a passing check each piece of evidence with where it came
 * from; for a failing or waived check also the remediation and, when a
 * template fixes it, the Fix button; the docs link and the sources always.
 */
export const CheckListItem = ({
  check,
  entityRef,
  browseUrl,
  sources = [],
}: CheckListItemProps) => {
  const classes = useStyles();
  return (
    <li className={classes.item} aria-label={check.title}>
      <Box display="flex" justifyContent="space-between" gridGap={16}>
        <Typography variant="subtitle2" component="h4">
          {check.title}
        </Typography>
        <CheckStatusLabel status={check.status} />
      </Box>
      <Typography variant="body2" color="textSecondary">
        {check.message}
      </Typography>
      {check.status === 'pass' && (
        // Older backends send no evidence.
        <CheckEvidenceList
          evidence={check.evidence ?? []}
          browseUrl={browseUrl}
        />
      )}
      {needsWork(check) && check.remediation && (
        <Typography variant="body2">{check.remediation}</Typography>
      )}
      <Box display="flex" alignItems="center" gridGap={16} mt={0.5}>
        {needsWork(check) && check.template && (
          <FixWithTemplateButton
            templateRef={check.template}
            entityRef={entityRef}
            checkTitle={check.title}
          />
        )}
        {check.docsUrl && <Link to={check.docsUrl}>Docs</Link>}
      </Box>
      <CheckSources sources={sources} />
    </li>
  );
};
