export { readDirectorySource } from './directorySource';
