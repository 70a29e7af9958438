import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import { environmentFindings } from './shared/environmentFindings';
import {
  asList,
  firstDocument,
  isRecord,
  scriptText,
  type Dict,
} from './shared/records';
import { baseName } from './shared/yamlPaths';

/**
 * Every `step` (and `stage`) in a part of `pipelines:`, however nested
 * (branches, pull requests, parallel groups, stages).
 */
function stepsIn(value: unknown, depth = 0): Dict[] {
  if (depth > 12) {
    return [];
  }
  if (Array.isArray(value)) {
    return value.flatMap(item => stepsIn(item, depth + 1));
  }
  if (!isRecord(value)) {
    return [];
  }
  const own = [value.step, value.stage].filter(isRecord);
  return [
    ...own,
    ...Object.entries(value)
      .filter(([key]) => key !== 'script')
      .flatMap(([, item]) => stepsIn(item, depth + 1)),
  ];
}

/** Whether a script (commands and `pipe:` items) deploys. */
function scriptDeploys(script: unknown): boolean {
  const items = asList(script);
  const pipes = items
    .filter(isRecord)
    .map(item => item.pipe)
    .filter((pipe): pipe is string => typeof pipe === 'string');
  return (
    pipes.some(pipe => /deploy/i.test(pipe)) ||
    runsDeployCommand(scriptText(items.filter(i => typeof i === 'string')))
  );
}

/**
 * Bitbucket Pipelines (`bitbucket-pipelines.yml`). A pipeline deploys when
 * a step has a `deployment` environment, uses a deploy pipe (such as
 * `atlassian/aws-ecs-deploy`), or runs a deploy command; the deployment
 * environments are its environments.
 */
export const bitbucketPipelinesDetector: Detector = {
  id: 'bitbucket-pipelines',
  wants: path =>
    baseName(path) === 'bitbucket-pipelines.yml' ? 'yaml' : undefined,
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    const environments: { path: string; names: string[] }[] = [];
    for (const file of files) {
      const config = firstDocument(file);
      if (!config || !isRecord(config.pipelines)) {
        continue;
      }
      const steps = stepsIn(config.pipelines);
      const names = steps
        .map(step => step.deployment)
        .filter((name): name is string => typeof name === 'string');
      pipelines.push({
        path: file.path,
        deploys:
          names.length > 0 || steps.some(step => scriptDeploys(step.script)),
      });
      environments.push({ path: file.path, names });
    }
    return [
      ...ciFindings(
        pipelines,
        'bitbucket-pipelines',
        'Bitbucket Pipelines config',
      ),
      ...environmentFindings(
        environments,
        'bitbucket-deployments',
        'Bitbucket deployment environments',
      ),
    ];
  },
};
