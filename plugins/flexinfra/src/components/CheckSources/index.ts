export { CheckSources, type CheckSourcesProps } from './CheckSources';
export { resolveCheckSources } from './resolveCheckSources';
