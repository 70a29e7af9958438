import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import {
  documentsOf,
  isRecord,
  scriptText,
  stringsIn,
  type Dict,
} from './shared/records';
import { isContentRecognisedYaml } from './shared/yamlPaths';

/** Tekton objects that make a pipeline, by API group. */
const PIPELINE_KINDS: Record<string, ReadonlySet<string>> = {
  'tekton.dev': new Set(['Pipeline', 'Task', 'PipelineRun']),
  'triggers.tekton.dev': new Set(['TriggerTemplate']),
};

/** Tasks from Tekton's catalog (or named by people) that deploy. */
const DEPLOY_TASK =
  /deploy|helm-upgrade|kubernetes-actions|openshift-client|argocd-task-sync/i;

function isPipelineObject(document: Dict): boolean {
  if (typeof document.apiVersion !== 'string') {
    return false;
  }
  const group = document.apiVersion.split('/')[0];
  const kinds = PIPELINE_KINDS[group];
  return (
    !!kinds && typeof document.kind === 'string' && kinds.has(document.kind)
  );
}

/** Every mapping in an object, depth first (the parser bounds depth). */
function mappingsIn(value: unknown): Dict[] {
  if (Array.isArray(value)) {
    return value.flatMap(mappingsIn);
  }
  if (!isRecord(value)) {
    return [];
  }
  return [value, ...Object.values(value).flatMap(mappingsIn)];
}

/**
 * Whether a Tekton object deploys: a step's script or command runs a
 * deploy command, or a pipeline task (by name or `taskRef`) deploys.
 */
function deploys(document: Dict): boolean {
  return mappingsIn(document.spec).some(mapping => {
    const command = [
      [...stringsIn(mapping.command), ...stringsIn(mapping.args)].join(' '),
      scriptText(mapping.script),
    ].join('\n');
    const taskRef = isRecord(mapping.taskRef)
      ? mapping.taskRef.name
      : undefined;
    const isTask =
      mapping.taskRef !== undefined || mapping.taskSpec !== undefined;
    return (
      runsDeployCommand(command) ||
      (typeof taskRef === 'string' && DEPLOY_TASK.test(taskRef)) ||
      (isTask &&
        typeof mapping.name === 'string' &&
        DEPLOY_TASK.test(mapping.name))
    );
  });
}

/**
 * Tekton pipelines: YAML objects of `tekton.dev` (Pipeline, Task,
 * PipelineRun) and `triggers.tekton.dev` (TriggerTemplate), wherever they
 * are. A file deploys when one of its objects runs a deploy command or a
 * deploy task.
 */
export const tektonDetector: Detector = {
  id: 'tekton',
  wants: path => (isContentRecognisedYaml(path) ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    for (const file of files) {
      const objects = documentsOf(file).filter(isPipelineObject);
      if (objects.length > 0) {
        pipelines.push({ path: file.path, deploys: objects.some(deploys) });
      }
    }
    return ciFindings(pipelines, 'tekton', 'Tekton pipeline');
  },
};
