export { DashboardMaturityModel } from './DashboardMaturityModel';
export type { DashboardMaturityModelProps } from './DashboardMaturityModel';
