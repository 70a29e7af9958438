/**
 * The repository analyzer: what a repository's files say about flexible
 * infrastructure, as `facts.repository` for the engine. Pure: the caller
 * lists and reads the files (file system, UrlReaderService, memory).
 *
 * @packageDocumentation
 */

export * from './types';
export { analyzeRepository, type AnalyzeOptions } from './analyzeRepository';
export {
  REPOSITORY_FACT_NAMES,
  unreadableRepositoryFacts,
} from './buildRepositoryFacts';
export {
  DEFAULT_ANALYZER_LIMITS,
  isSkippedFolder,
  isSkippedPath,
} from './limits';
export { BUILT_IN_DETECTORS } from './detectors';
