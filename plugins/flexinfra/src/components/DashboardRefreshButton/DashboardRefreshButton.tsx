import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import RefreshIcon from '@material-ui/icons/Refresh';
import { useState } from 'react';
import { flexInfraApiRef } from '../../api';
import { httpStatusOf } from '../DashboardFormat';

/** Props of {@link DashboardRefreshButton}. */
export interface DashboardRefreshButtonProps {
  /** Called once the backend has accepted the refresh, e.g. to reload its status. */
  onStarted?: () => void;
}

/**
 * Asks the backend to rescore the catalog now and says how that went: the
 * refresh started, the user may not start one (403), or one is already
 * running (409).
 */
export const DashboardRefreshButton = ({
  onStarted,
}: DashboardRefreshButtonProps) => {
  const flexInfraApi = useApi(flexInfraApiRef);
  const alertApi = useApi(alertApiRef);
  const [starting, setStarting] = useState(false);

  const refresh = async () => {
    setStarting(true);
    try {
      await flexInfraApi.refresh();
      alertApi.post({
        message:
          'Refresh started: FlexInfra is rescoring the catalog; the dashboard shows the new scores once it has finished.',
        severity: 'success',
        display: 'transient',
      });
      onStarted?.();
    } catch (error) {
      const status = httpStatusOf(error);
      if (status === 403) {
        alertApi.post({
          message:
            'You are not allowed to start a FlexInfra refresh (it needs the flexinfra.refresh permission).',
          severity: 'error',
        });
      } else if (status === 409) {
        alertApi.post({
          message:
            'A FlexInfra refresh is already running; try again once it has finished.',
          severity: 'warning',
          display: 'transient',
        });
      } else {
        alertApi.post({
          message: `Could not start a refresh: ${(error as Error).message}`,
          severity: 'error',
        });
      }
    } finally {
      setStarting(false);
    }
  };

  return (
    <Button
      variant="outlined"
      color="primary"
      onClick={refresh}
      disabled={starting}
      startIcon={starting ? <CircularProgress size={16} /> : <RefreshIcon />}
    >
      Refresh now
    </Button>
  );
};
