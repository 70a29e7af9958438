export {
  EntityNextStageCard,
  type EntityNextStageCardProps,
} from './EntityNextStageCard';
export {
  MissingCheckItem,
  type MissingCheckItemProps,
} from './MissingCheckItem';
export {
  HIGHEST_STAGE,
  missingChecks,
  noNextStageReason,
} from './missingChecks';
