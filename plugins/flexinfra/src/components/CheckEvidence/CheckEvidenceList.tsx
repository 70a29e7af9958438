import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { CheckEvidence } from '@flexinfra/backstage-plugin-flexinfra-common';
import { EvidenceFiles } from './EvidenceFiles';
import { EvidenceOriginChip } from './EvidenceOriginChip';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: theme.spacing(0.5, 0), padding: 0 },
  item: { padding: theme.spacing(0.25, 0) },
}));

/** Props of {@link CheckEvidenceList}. */
export interface CheckEvidenceListProps {
  evidence: CheckEvidence[];
  /**
   * The repository's browse address, for links to the files of repository
   * evidence; without it the files are plain text.
   */
  browseUrl?: string | null;
}

/**
 * The evidence that made a check pass: each piece with where it came from
 * (a chip), what was found and, for repository evidence, its files.
 */
export const CheckEvidenceList = ({
  evidence,
  browseUrl,
}: CheckEvidenceListProps) => {
  const classes = useStyles();
  if (evidence.length === 0) {
    return null;
  }
  return (
    <ul className={classes.list} aria-label="Evidence">
      {evidence.map((piece, index) => (
        <li
          key={`${piece.origin}:${piece.text}:${index}`}
          className={classes.item}
        >
          <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
            <EvidenceOriginChip evidence={piece} />
            <Typography variant="body2" component="span">
              {piece.text}
            </Typography>
          </Box>
          {piece.origin === 'repository' && piece.paths && (
            <EvidenceFiles paths={piece.paths} browseUrl={browseUrl} />
          )}
        </li>
      ))}
    </ul>
  );
};
