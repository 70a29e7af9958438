export {
  HISTORY_LIMIT,
  WORST_ENTITIES_LIMIT,
  useEntityScorecard,
  useFlexInfraModel,
  useRefreshStatus,
  useRollup,
  useScoreHistory,
  type Rollup,
} from './useFlexInfraData';
