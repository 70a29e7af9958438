export { DashboardRefreshButton } from './DashboardRefreshButton';
export type { DashboardRefreshButtonProps } from './DashboardRefreshButton';
