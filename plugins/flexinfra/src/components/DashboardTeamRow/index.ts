export { DashboardTeamRow } from './DashboardTeamRow';
export type { DashboardTeamRowProps } from './DashboardTeamRow';
