export { DashboardCheckEntitiesDialog } from './DashboardCheckEntitiesDialog';
export type { DashboardCheckEntitiesDialogProps } from './DashboardCheckEntitiesDialog';
export {
  FAILING_ENTITIES_PAGE_SIZE,
  useFailingEntityPages,
} from './useFailingEntityPages';
