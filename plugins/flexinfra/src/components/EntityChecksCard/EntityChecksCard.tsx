import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ScorecardCheck, SourceDocument } from '../../api';
import { CheckListItem } from './CheckListItem';
import { groupChecksByStage, groupProgress } from './groupChecksByStage';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

/** Props of {@link EntityChecksCard}. */
export interface EntityChecksCardProps {
  checks: ScorecardCheck[];
  /** The entity, for the templates' `entityRef` parameter. */
  entityRef: string;
  /**
   * The entity repository's browse address, for links to the files of
   * repository evidence; without it the files are plain text.
   */
  browseUrl?: string | null;
  /**
   * The documents each check measures, by check id (from the model); no
   * sources are shown for a check that is not in it.
   */
  sources?: ReadonlyMap<string, SourceDocument[]>;
}

/**
 * The entity's checks, grouped by the stage they gate (then the checks that
 * only count towards the score), each with its status, evidence,
 * remediation, docs, sources and Fix button.
 */
export const EntityChecksCard = ({
  checks,
  entityRef,
  browseUrl,
  sources,
}: EntityChecksCardProps) => {
  const classes = useStyles();
  return (
    <InfoCard title="Checks">
      {groupChecksByStage(checks).map(group => (
        <Box
          component="section"
          key={group.stage ?? 'score-only'}
          mb={3}
          aria-label={group.title}
        >
          <Typography variant="h6" component="h3">
            {group.title}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {group.stage === null
              ? 'These checks count towards the score but gate no stage.'
              : groupProgress(group.checks)}
          </Typography>
          <ul className={classes.list}>
            {group.checks.map(check => (
              <CheckListItem
                key={check.id}
                check={check}
                entityRef={entityRef}
                browseUrl={browseUrl}
                sources={sources?.get(check.id)}
              />
            ))}
          </ul>
        </Box>
      ))}
    </InfoCard>
  );
};
