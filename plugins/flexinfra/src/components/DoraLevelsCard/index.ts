export { DoraLevelsCard } from './DoraLevelsCard';
