export { DashboardFilterSelect } from './DashboardFilterSelect';
export type {
  DashboardFilterSelectProps,
  FilterOption,
} from './DashboardFilterSelect';
