export { MaturityStagesCard } from './MaturityStagesCard';
