export { DashboardLastRefresh } from './DashboardLastRefresh';
export type { DashboardLastRefreshProps } from './DashboardLastRefresh';
