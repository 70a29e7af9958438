/**
 * FlexInfra frontend plugin: how flexible each catalog entity's
 * infrastructure is, on a five-stage maturity model.
 *
 * This entry point is for the legacy frontend system and has no default
 * export on purpose: the app's package discovery registers the default
 * exports of both `.` and `./alpha`, and the new frontend system's plugin is
 * the default export of `./alpha`.
 *
 * @packageDocumentation
 */

export {
  flexinfraPlugin,
  FlexInfraPage,
  EntityFlexInfraCard,
  EntityFlexInfraContent,
  EntityFlexInfraRollupCard,
} from './plugin';
export {
  FlexInfraClient,
  flexInfraApiRef,
  type CheckEntitiesPage,
  type CheckEntity,
  type CheckEvidence,
  type CheckStatistics,
  type EntityScorecard,
  type EntitySummary,
  type FlexInfraApi,
  type FlexInfraModel,
  type FlexInfraStatus,
  type FlexInfraSummary,
  type RefreshRun,
  type RefreshRunStatus,
  type ResultFilters,
  type ScorecardCheck,
  type ScorecardHistoryEntry,
  type ScorecardRepository,
  type SourceDocument,
  type SummaryAggregate,
  type SummaryGroup,
  type SummaryGroupBy,
} from './api';
export { FlexInfraIcon } from './components/FlexInfraIcon';
export {
  isFlexInfraAvailable,
  isFlexInfraRollupAvailable,
  isFlexInfraScored,
} from './components/shared/entityFilters';
export type { EntityFlexInfraCardProps } from './components/EntityFlexInfraCard';
