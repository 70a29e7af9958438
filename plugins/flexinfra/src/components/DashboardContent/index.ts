export { DashboardContent } from './DashboardContent';
export type { DashboardContentProps } from './DashboardContent';
export { DASHBOARD_TREND_DAYS } from './useDashboardData';
