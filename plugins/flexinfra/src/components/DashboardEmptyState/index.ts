export { DashboardEmptyState } from './DashboardEmptyState';
export type { DashboardEmptyStateProps } from './DashboardEmptyState';
