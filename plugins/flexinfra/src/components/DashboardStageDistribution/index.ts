export { DashboardStageDistribution } from './DashboardStageDistribution';
export type { DashboardStageDistributionProps } from './DashboardStageDistribution';
