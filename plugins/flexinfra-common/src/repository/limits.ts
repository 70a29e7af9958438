import type { AnalyzerLimits } from './types';

/**
 * Default bounds on what the analyzer reads from one repository. Real service
 * repositories stay far below them; a monorepo past them is analyzed as far
 * as they go, and the analysis says so.
 *
 * @public
 */
export const DEFAULT_ANALYZER_LIMITS: Readonly<AnalyzerLimits> = Object.freeze({
  maxFiles: 50_000,
  maxFileBytes: 512 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
  maxYamlAliases: 100,
  maxDepth: 64,
  maxDocumentsPerFile: 200,
});

/**
 * Folders never analyzed: version control, vendored dependencies, build
 * output and tool caches say nothing about this repository's own
 * infrastructure.
 */
const SKIPPED_FOLDERS = new Set([
  '.hg',
  '.svn',
  'node_modules',
  'vendor',
  'third_party',
  'third-party',
  'bower_components',
  '.git',
  '.terraform',
  '.terragrunt-cache',
  '.serverless',
  'cdk.out',
  '.aws-sam',
  'dist',
  'build',
  'target',
  'out',
  '.next',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.gradle',
  '.idea',
  'coverage',
]);

/**
 * Whether a folder of this name is never analyzed, so a source that lists a
 * repository need not even descend into it.
 *
 * @public
 */
export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name);
}

/**
 * Whether a listed path lies in a folder that is never analyzed.
 *
 * @public
 */
export function isSkippedPath(path: string): boolean {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (SKIPPED_FOLDERS.has(parts[i])) {
      return true;
    }
  }
  return false;
}
