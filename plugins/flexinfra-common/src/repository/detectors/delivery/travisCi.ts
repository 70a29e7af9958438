import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import {
  firstDocument,
  isRecord,
  recordsIn,
  scriptText,
  type Dict,
} from './shared/records';
import { baseName } from './shared/yamlPaths';

/** Keys a Travis CI configuration has. */
const TRAVIS_KEYS = [
  'language',
  'script',
  'install',
  'jobs',
  'matrix',
  'os',
  'dist',
  'deploy',
  'before_install',
];

/** Providers that publish a package or a release rather than deploy. */
const PUBLISHING_PROVIDERS = new Set([
  'npm',
  'pypi',
  'rubygems',
  'releases',
  'cargo',
  'hackage',
  'puppetforge',
]);

/** Whether a `deploy:` section (one provider or a list) deploys somewhere. */
function deploySectionDeploys(section: unknown): boolean {
  return recordsIn(section).some(
    entry =>
      typeof entry.provider !== 'string' ||
      !PUBLISHING_PROVIDERS.has(entry.provider.toLocaleLowerCase('en-US')),
  );
}

function stageDeploys(stage: Dict): boolean {
  return (
    deploySectionDeploys(stage.deploy) ||
    runsDeployCommand(
      [stage.script, stage.after_success, stage.before_deploy]
        .map(scriptText)
        .join('\n'),
    )
  );
}

/**
 * Travis CI configuration (`.travis.yml`). It deploys when it has a
 * `deploy:` section for a hosting provider (publishing to npm, PyPI or
 * GitHub releases does not count) or a script runs a deploy command.
 */
export const travisCiDetector: Detector = {
  id: 'travis-ci',
  wants: path => (baseName(path) === '.travis.yml' ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    for (const file of files) {
      const config = firstDocument(file);
      if (!config || !TRAVIS_KEYS.some(key => key in config)) {
        continue;
      }
      const jobs = isRecord(config.jobs) ? config.jobs : {};
      pipelines.push({
        path: file.path,
        deploys:
          stageDeploys(config) || recordsIn(jobs.include).some(stageDeploys),
      });
    }
    return ciFindings(pipelines, 'travis-ci', 'Travis CI config');
  },
};
