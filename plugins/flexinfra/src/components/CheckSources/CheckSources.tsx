import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { SourceDocument } from '@flexinfra/backstage-plugin-flexinfra-common';
import { Fragment } from 'react';

/** Props of {@link CheckSources}. */
export interface CheckSourcesProps {
  sources: SourceDocument[];
}

/**
 * The documents a check measures, by their public titles, each linked where
 * it has a public address: "Sources: Flexible Infrastructure · Infrastructure
 * as Code". Nothing when the check cites none.
 */
export const CheckSources = ({ sources }: CheckSourcesProps) => {
  if (sources.length === 0) {
    return null;
  }
  return (
    <Typography variant="caption" color="textSecondary" component="p">
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {sources.map((source, index) => (
        <Fragment key={source.id}>
          {index > 0 && ' · '}
          {source.url ? (
            <Link to={source.url} title={source.publisher || undefined}>
              {source.title}
            </Link>
          ) : (
            <span title={source.publisher || undefined}>{source.title}</span>
          )}
        </Fragment>
      ))}
    </Typography>
  );
};
