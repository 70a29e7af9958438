export { EntityFlexInfraRollupCard } from './EntityFlexInfraRollupCard';
export { rollupScope, type RollupScope } from './rollupScope';
export { stageDistribution } from './StageDistributionChart';
