export { closingSqliteDatabaseServiceFactory } from './closingSqliteDatabaseServiceFactory';
