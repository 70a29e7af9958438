export { DashboardTrendDelta } from './DashboardTrendDelta';
export type { DashboardTrendDeltaProps } from './DashboardTrendDelta';
