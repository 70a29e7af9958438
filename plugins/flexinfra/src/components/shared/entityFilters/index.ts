export {
  flexInfraContentPredicate,
  flexInfraRollupPredicate,
  isFlexInfraAvailable,
  isFlexInfraRollupAvailable,
  isFlexInfraScored,
  rollupFiltersFor,
  scoredEntityPredicate,
  type EntityFilterPredicate,
} from './entityFilters';
