export { DashboardAdoption } from './DashboardAdoption';
export type { DashboardAdoptionProps } from './DashboardAdoption';
