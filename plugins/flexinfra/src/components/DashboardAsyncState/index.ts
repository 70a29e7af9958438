export { DashboardAsyncState } from './DashboardAsyncState';
export type { DashboardAsyncStateProps } from './DashboardAsyncState';
