export { LastRefreshCard } from './LastRefreshCard';
