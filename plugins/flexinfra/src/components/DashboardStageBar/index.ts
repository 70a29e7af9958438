export { DashboardStageBar } from './DashboardStageBar';
export type { DashboardStageBarProps } from './DashboardStageBar';
