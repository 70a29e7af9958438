import { alertApiRef, fetchApiRef, useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { flexInfraApiRef, type ResultFilters } from '../../api';
import { downloadBlob } from './downloadBlob';

/** The name the CSV is saved as. */
export const EXPORT_FILE_NAME = 'flexinfra-scorecards.csv';

/** Props of {@link DashboardExportButton}. */
export interface DashboardExportButtonProps {
  /** The dashboard's filters: the export holds the same selection. */
  filters: ResultFilters;
}

/**
 * Downloads the filtered scorecards as CSV. The file is fetched through the
 * fetch API, so the user's token is sent (a plain link would not carry it),
 * and then saved from a blob.
 */
export const DashboardExportButton = ({
  filters,
}: DashboardExportButtonProps) => {
  const flexInfraApi = useApi(flexInfraApiRef);
  const fetchApi = useApi(fetchApiRef);
  const alertApi = useApi(alertApiRef);
  const [exporting, setExporting] = useState(false);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const url = await flexInfraApi.getExportUrl({ filters });
      const response = await fetchApi.fetch(url);
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      downloadBlob(await response.blob(), EXPORT_FILE_NAME);
    } catch (error) {
      alertApi.post({
        message: `Could not export the scorecards: ${(error as Error).message}`,
        severity: 'error',
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button
      variant="outlined"
      color="primary"
      onClick={exportCsv}
      disabled={exporting}
      startIcon={exporting ? <CircularProgress size={16} /> : <GetAppIcon />}
    >
      Export CSV
    </Button>
  );
};
