export * from './adoptionFixtures';
export * from './campaignFixtures';
export * from './dashboardFixtures';
export { currentSearchParams, renderDashboard } from './renderDashboard';
export type {
  RenderDashboardOptions,
  RenderDashboardResult,
} from './renderDashboard';
