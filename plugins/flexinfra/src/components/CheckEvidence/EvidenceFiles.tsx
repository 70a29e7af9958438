import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';
import { repositoryFileUrl } from './repositoryFileUrl';

/** How many files a piece of evidence lists before "and N more". */
export const MAX_EVIDENCE_FILES = 3;

const useStyles = makeStyles({
  code: { fontFamily: 'monospace', fontSize: '0.9em' },
});

/** Props of {@link EvidenceFiles}. */
export interface EvidenceFilesProps {
  /** The files, relative to the repository root. */
  paths: string[];
  /** Where files can be linked under; without it the files are plain text. */
  browseUrl?: string | null;
}

/**
 * The files that prove a piece of repository evidence: the first few as
 * links into the repository (or as text when it cannot be browsed), then
 * "and N more".
 */
export const EvidenceFiles = ({ paths, browseUrl }: EvidenceFilesProps) => {
  const classes = useStyles();
  if (paths.length === 0) {
    return null;
  }
  const shown = paths.slice(0, MAX_EVIDENCE_FILES);
  const more = paths.length - shown.length;
  return (
    <Typography variant="body2" color="textSecondary" component="div">
      Files:{' '}
      {shown.map((path, index) => {
        const url = repositoryFileUrl(path, browseUrl);
        const file = <code className={classes.code}>{path}</code>;
        return (
          <Fragment key={path}>
            {index > 0 && ', '}
            {url ? <Link to={url}>{file}</Link> : file}
          </Fragment>
        );
      })}
      {more > 0 && ` and ${more} more`}
    </Typography>
  );
};
