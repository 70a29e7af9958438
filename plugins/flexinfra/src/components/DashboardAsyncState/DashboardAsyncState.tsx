import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import type { ReactNode } from 'react';

/** Props of {@link DashboardAsyncState}. */
export interface DashboardAsyncStateProps<T> {
  /** The state of an async load, as react-use's `useAsyncRetry` gives it. */
  state: { loading: boolean; error?: Error; value?: T };
  /** Loads again; shown as a Retry button next to an error. */
  onRetry: () => void;
  /** Renders the loaded value. */
  children: (value: T) => ReactNode;
}

/**
 * Shows an async load for what it is: a progress bar until the first value
 * arrives, the error with a Retry button when it fails, else the value
 * (kept on screen under a thin progress bar while it reloads).
 */
export function DashboardAsyncState<T>({
  state,
  onRetry,
  children,
}: DashboardAsyncStateProps<T>) {
  if (state.error) {
    return (
      <Box display="flex" flexDirection="column" gridGap={16}>
        <ResponseErrorPanel error={state.error} />
        <Box>
          <Button
            variant="outlined"
            color="primary"
            onClick={onRetry}
            disabled={state.loading}
          >
            Retry
          </Button>
        </Box>
      </Box>
    );
  }
  if (state.value === undefined) {
    return <Progress />;
  }
  return (
    <Box position="relative" height="100%">
      {state.loading && (
        <LinearProgress
          aria-label="Reloading"
          style={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }}
        />
      )}
      {children(state.value)}
    </Box>
  );
}
