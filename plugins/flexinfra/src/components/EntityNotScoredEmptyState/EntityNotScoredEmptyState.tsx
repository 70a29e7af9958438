import { EmptyState } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useRefreshStatus } from '../shared';
import { RefreshTiming } from './RefreshTiming';

/** Props of {@link EntityNotScoredEmptyState}. */
export interface EntityNotScoredEmptyStateProps {
  /** The entity's name or title, for the message. */
  entityName: string;
}

/**
 * Says that the entity has not been scored yet and when results will
 * appear. The refresh status is only a hint here: if it cannot be read, the
 * generic "after the next refresh" is shown.
 */
export const EntityNotScoredEmptyState = ({
  entityName,
}: EntityNotScoredEmptyStateProps) => {
  const { value: status, loading, error } = useRefreshStatus();
  return (
    <EmptyState
      missing="data"
      title="Not scored yet"
      description={
        <>
          <Typography variant="body1" component="span" display="block">
            FlexInfra has not scored {entityName} yet.
          </Typography>
          {!loading && (
            <Typography variant="body2" component="span" display="block">
              {error ? (
                <>Results appear after the next refresh.</>
              ) : (
                <RefreshTiming status={status} />
              )}
            </Typography>
          )}
        </>
      }
    />
  );
};
