import { ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';

/** Props of {@link ErrorPanelWithRetry}. */
export interface ErrorPanelWithRetryProps {
  error: Error;
  /** Loads again. */
  onRetry: () => void;
  /** What failed, e.g. "Could not load the scorecard". */
  title?: string;
}

/**
 * A failed request: the backend's explanation (a `ResponseError` shows the
 * server's message) and a Retry button.
 */
export const ErrorPanelWithRetry = ({
  error,
  onRetry,
  title,
}: ErrorPanelWithRetryProps) => (
  <>
    <ResponseErrorPanel error={error} title={title} />
    <Box mt={1}>
      <Button variant="outlined" color="primary" onClick={onRetry}>
        Retry
      </Button>
    </Box>
  </>
);
