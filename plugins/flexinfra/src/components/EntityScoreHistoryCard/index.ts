export {
  EntityScoreHistoryCard,
  type EntityScoreHistoryCardProps,
} from './EntityScoreHistoryCard';
export { historyChartData, type ScorePoint } from './historyChartData';
