import { Link } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useId, useState } from 'react';
import type { ScorecardRepository } from '../../api';
import { repositoryFileUrl } from '../CheckEvidence';
import { repositoryLabel } from './repositoryLabel';

const useStyles = makeStyles(theme => ({
  root: { marginTop: theme.spacing(1) },
  problems: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2.5),
  },
  toggle: { padding: theme.spacing(0, 0.5), minWidth: 0 },
}));

/** Props of {@link ScorecardRepositoryState}. */
export interface ScorecardRepositoryStateProps {
  /** The repository as the last refresh read it; null when none is read. */
  repository: ScorecardRepository | null | undefined;
}

const RepositoryName = ({ repository }: { repository: ScorecardRepository }) =>
  repository.browseUrl ? (
    <Link to={repository.browseUrl}>{repositoryLabel(repository)}</Link>
  ) : (
    <code>{repositoryLabel(repository)}</code>
  );

/** A problem's file, linked into the repository when it can be browsed. */
const ProblemPath = ({
  path,
  browseUrl,
}: {
  path: string;
  browseUrl: string | null;
}) => {
  const url = repositoryFileUrl(path, browseUrl);
  const file = <code>{path}</code>;
  return url ? <Link to={url}>{file}</Link> : file;
};

/**
 * Whether the entity's repository was read for evidence: read (with the
 * problems met, listed on demand), or not readable and why. Nothing when
 * repositories are not read for this entity.
 */
export const ScorecardRepositoryState = ({
  repository,
}: ScorecardRepositoryStateProps) => {
  const classes = useStyles();
  const [expanded, setExpanded] = useState(false);
  const problemsId = useId();
  if (!repository) {
    return null;
  }
  if (!repository.analyzed) {
    return (
      <Typography variant="body2" className={classes.root}>
        Repository not read: {repository.error ?? 'no reason given'}; catalog
        evidence still counts.
      </Typography>
    );
  }
  const problems = repository.problems ?? [];
  return (
    <div className={classes.root}>
      <Typography variant="body2">
        Repository read: <RepositoryName repository={repository} />
        {problems.length === 0 && '.'}
        {problems.length > 0 && (
          <>
            {` (${
              problems.length === 1
                ? '1 problem'
                : `${problems.length} problems`
            }) `}
            <Button
              size="small"
              color="primary"
              className={classes.toggle}
              aria-expanded={expanded}
              aria-controls={problemsId}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Hide problems' : 'Show problems'}
            </Button>
          </>
        )}
      </Typography>
      {problems.length > 0 && (
        <ul
          id={problemsId}
          hidden={!expanded}
          className={classes.problems}
          aria-label="Repository problems"
        >
          {problems.map((problem, index) => (
            <Typography
              key={`${problem.path}:${index}`}
              component="li"
              variant="body2"
              color="textSecondary"
            >
              {problem.path && (
                <>
                  <ProblemPath
                    path={problem.path}
                    browseUrl={repository.browseUrl}
                  />
                  :{' '}
                </>
              )}
              {problem.message}
            </Typography>
          ))}
        </ul>
      )}
    </div>
  );
};
