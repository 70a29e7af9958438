export {
  EntityNotScoredEmptyState,
  type EntityNotScoredEmptyStateProps,
} from './EntityNotScoredEmptyState';
