export { DashboardHeadlineNumbers } from './DashboardHeadlineNumbers';
export type { DashboardHeadlineNumbersProps } from './DashboardHeadlineNumbers';
export { overallTrend, topLevelGroups } from './overallTrend';
export type { OverallTrend } from './overallTrend';
