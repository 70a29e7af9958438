export * from './FlexInfraApi';
export { FlexInfraClient } from './FlexInfraClient';
