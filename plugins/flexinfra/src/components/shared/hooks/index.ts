export {
  HISTORY_LIMIT,
  WORST_ENTITIES_LIMIT,
  useEntityAdoption,
  useEntityScorecard,
  useFlexInfraModel,
  useRefreshStatus,
  useRollup,
  useScoreHistory,
  type Rollup,
} from './useFlexInfraData';
