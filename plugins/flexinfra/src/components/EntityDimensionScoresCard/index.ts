export {
  EntityDimensionScoresCard,
  type EntityDimensionScoresCardProps,
} from './EntityDimensionScoresCard';
