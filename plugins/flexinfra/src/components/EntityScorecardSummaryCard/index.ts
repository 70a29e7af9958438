export {
  EntityScorecardSummaryCard,
  type EntityScorecardSummaryCardProps,
} from './EntityScorecardSummaryCard';
export { ScorecardFreshness } from './ScorecardFreshness';
export {
  ScorecardRepositoryState,
  type ScorecardRepositoryStateProps,
} from './ScorecardRepositoryState';
