import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import {
  firstDocument,
  recordsIn,
  scriptText,
  type Dict,
} from './shared/records';
import { baseName } from './shared/yamlPaths';

/** Keys an AppVeyor configuration has. */
const APPVEYOR_KEYS = [
  'version',
  'image',
  'install',
  'build',
  'build_script',
  'test_script',
  'before_build',
  'environment',
  'deploy',
  'deploy_script',
];

/** Providers that publish a package or a release rather than deploy. */
const PUBLISHING_PROVIDERS = new Set(['nuget', 'github', 'npm']);

/** A step of a script section: a string, or `{ cmd | ps | sh: … }`. */
function stepText(step: unknown): string {
  if (typeof step === 'string') {
    return step;
  }
  return recordsIn(step)
    .flatMap(entry => [entry.cmd, entry.ps, entry.pwsh, entry.sh])
    .map(scriptText)
    .join('\n');
}

function deploys(config: Dict): boolean {
  // `deploy: off` turns deployment off.
  const providers = recordsIn(config.deploy).some(
    entry =>
      typeof entry.provider !== 'string' ||
      !PUBLISHING_PROVIDERS.has(entry.provider.toLocaleLowerCase('en-US')),
  );
  const script = Array.isArray(config.deploy_script)
    ? config.deploy_script.map(stepText).join('\n')
    : stepText(config.deploy_script);
  return providers || runsDeployCommand(script);
}

/**
 * AppVeyor configuration (`appveyor.yml`, `.appveyor.yml`). It deploys when
 * `deploy:` names a hosting provider (NuGet and GitHub releases publish;
 * they do not count) or `deploy_script` runs a deploy command.
 */
export const appVeyorDetector: Detector = {
  id: 'appveyor',
  wants: path =>
    /^\.?appveyor\.yml$/.test(baseName(path)) ? 'yaml' : undefined,
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    for (const file of files) {
      const config = firstDocument(file);
      if (!config || !APPVEYOR_KEYS.some(key => key in config)) {
        continue;
      }
      pipelines.push({ path: file.path, deploys: deploys(config) });
    }
    return ciFindings(pipelines, 'appveyor', 'AppVeyor config');
  },
};
