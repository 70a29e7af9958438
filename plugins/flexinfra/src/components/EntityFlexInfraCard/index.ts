export {
  EntityFlexInfraCard,
  type EntityFlexInfraCardProps,
} from './EntityFlexInfraCard';
