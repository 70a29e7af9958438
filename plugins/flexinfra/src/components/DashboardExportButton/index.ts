export {
  DashboardExportButton,
  EXPORT_FILE_NAME,
} from './DashboardExportButton';
export type { DashboardExportButtonProps } from './DashboardExportButton';
