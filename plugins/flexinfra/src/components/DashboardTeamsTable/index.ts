export { DashboardTeamsTable } from './DashboardTeamsTable';
export type { DashboardTeamsTableProps } from './DashboardTeamsTable';
export { buildTeamTree, visibleTeamRows } from './teamTree';
export type { TeamNode, TeamSort, TeamSortKey } from './teamTree';
