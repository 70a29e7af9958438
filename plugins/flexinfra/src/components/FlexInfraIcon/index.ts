export { FlexInfraIcon } from './FlexInfraIcon';
