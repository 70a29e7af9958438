export {
  EntityScorecardSummaryCard,
  type EntityScorecardSummaryCardProps,
} from './EntityScorecardSummaryCard';
export { ScorecardFreshness } from './ScorecardFreshness';
