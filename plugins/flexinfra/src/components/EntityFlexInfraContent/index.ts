export { EntityFlexInfraContent } from './EntityFlexInfraContent';
