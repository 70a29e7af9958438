export {
  EntityChecksCard,
  type EntityChecksCardProps,
} from './EntityChecksCard';
export { CheckListItem, type CheckListItemProps } from './CheckListItem';
export {
  groupChecksByStage,
  groupProgress,
  type CheckGroup,
} from './groupChecksByStage';
