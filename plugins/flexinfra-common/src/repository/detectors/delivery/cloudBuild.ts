import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import {
  firstDocument,
  recordsIn,
  scriptText,
  stringsIn,
  type Dict,
} from './shared/records';
import { baseName } from './shared/yamlPaths';

/** `cloudbuild.yaml`, `cloudbuild.json`, `cloudbuild-deploy.yaml`, … */
const CONFIG = /^cloudbuild([._-][\w.-]+)?\.(ya?ml|json)$/;

/**
 * The command line a step runs: its entrypoint, or the tool its builder
 * image is named for (`gcr.io/cloud-builders/gcloud` runs `gcloud`), then
 * its arguments; and its `script`, if it has one.
 */
function commandOf(step: Dict): string {
  const image = typeof step.name === 'string' ? step.name : '';
  const tool =
    typeof step.entrypoint === 'string'
      ? step.entrypoint
      : baseName(image.split(':')[0].split('@')[0]);
  const args = stringsIn(step.args);
  return [[tool, ...args].join(' '), scriptText(step.script)].join('\n');
}

function stepDeploys(step: Dict): boolean {
  const command = commandOf(step);
  return /^gke-deploy\s+run\b/.test(command) || runsDeployCommand(command);
}

/**
 * Google Cloud Build configuration (`cloudbuild.yaml|yml|json`, with
 * `steps` that name builder images). It deploys when a step runs a deploy
 * command — `gcloud run deploy`, `kubectl apply`, `gke-deploy run`,
 * `gcloud deploy releases create`, … — through its builder, its entrypoint
 * or a shell script.
 */
export const cloudBuildDetector: Detector = {
  id: 'cloud-build',
  wants: path => {
    if (!CONFIG.test(baseName(path))) {
      return undefined;
    }
    return path.endsWith('.json') ? 'json' : 'yaml';
  },
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    for (const file of files) {
      const config = firstDocument(file);
      const steps = recordsIn(config?.steps).filter(
        step => typeof step.name === 'string',
      );
      if (steps.length === 0) {
        continue;
      }
      pipelines.push({ path: file.path, deploys: steps.some(stepDeploys) });
    }
    return ciFindings(pipelines, 'cloud-build', 'Google Cloud Build config');
  },
};
