export { DashboardWaivers } from './DashboardWaivers';
export type { DashboardWaiversProps } from './DashboardWaivers';
