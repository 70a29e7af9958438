export { FlexInfraPage } from './FlexInfraPage';
