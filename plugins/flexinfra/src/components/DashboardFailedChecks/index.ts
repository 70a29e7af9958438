export { DashboardFailedChecks } from './DashboardFailedChecks';
export type { DashboardFailedChecksProps } from './DashboardFailedChecks';
