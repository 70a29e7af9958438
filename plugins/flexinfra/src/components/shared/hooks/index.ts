export {
  HISTORY_LIMIT,
  WORST_ENTITIES_LIMIT,
  useEntityScorecard,
  useRefreshStatus,
  useRollup,
  useScoreHistory,
  type Rollup,
} from './useFlexInfraData';
