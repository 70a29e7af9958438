import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import {
  asList,
  firstDocument,
  isRecord,
  recordsIn,
  scriptText,
  type Dict,
} from './shared/records';

/** Pipelines Buildkite reads: YAML files directly in `.buildkite/`. */
const PIPELINE = /(^|\/)\.buildkite\/[^/]+\.ya?ml$/;

/** The steps of a pipeline, with those of groups inside it. */
function stepsOf(pipeline: Dict): Dict[] {
  return recordsIn(pipeline.steps).flatMap(step =>
    isRecord(step.group) || Array.isArray(step.steps)
      ? [step, ...stepsOf(step)]
      : [step],
  );
}

/** The names of a step's plugins (`ecs-deploy#v3.0.0`, `docker-compose#…`). */
function pluginsOf(step: Dict): string[] {
  return asList(step.plugins).flatMap(plugin => {
    if (typeof plugin === 'string') {
      return [plugin];
    }
    return isRecord(plugin) ? Object.keys(plugin) : [];
  });
}

function stepDeploys(step: Dict): boolean {
  const label = [step.label, step.name, step.key].find(
    (v): v is string => typeof v === 'string',
  );
  return (
    (!!label && /deploy/i.test(label)) ||
    (typeof step.trigger === 'string' && /deploy/i.test(step.trigger)) ||
    pluginsOf(step).some(plugin => /deploy/i.test(plugin.split('#')[0])) ||
    runsDeployCommand([step.command, step.commands].map(scriptText).join('\n'))
  );
}

/**
 * Buildkite pipelines (YAML files with `steps` directly in `.buildkite/`;
 * a `pipeline.yml` elsewhere is not one). A pipeline deploys when a step
 * is labelled for deploying, triggers a deploy pipeline, uses a deploy
 * plugin (such as `ecs-deploy`), or runs a deploy command.
 */
export const buildkiteDetector: Detector = {
  id: 'buildkite',
  wants: path => (PIPELINE.test(path) ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    for (const file of files) {
      const pipeline = firstDocument(file);
      if (!pipeline || !Array.isArray(pipeline.steps)) {
        continue;
      }
      pipelines.push({
        path: file.path,
        deploys: stepsOf(pipeline).some(stepDeploys),
      });
    }
    return ciFindings(pipelines, 'buildkite', 'Buildkite pipeline');
  },
};
