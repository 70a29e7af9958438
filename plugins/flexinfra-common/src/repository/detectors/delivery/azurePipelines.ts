import type { Detector, Finding } from '../../types';
import { taskDeploys } from './azurePipelinesTasks';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import { environmentFindings } from './shared/environmentFindings';
import { isPreviewName } from './shared/environmentNames';
import { firstDocument, isRecord, type Dict } from './shared/records';
import { baseName } from './shared/yamlPaths';

/**
 * `azure-pipelines.yml` (and `azure-pipelines-release.yml` and the like)
 * anywhere; any YAML under `.azure-pipelines/` or `.azuredevops/`.
 */
function isPipelinePath(path: string): boolean {
  if (/^azure-pipelines([._-][\w.-]+)?\.ya?ml$/.test(baseName(path))) {
    return true;
  }
  return /(^|\/)\.(azure-pipelines|azuredevops)\/(.+\/)?[^/]+\.ya?ml$/.test(
    path,
  );
}

/** Keys an Azure Pipelines file (or template) has at its top. */
const PIPELINE_KEYS = [
  'trigger',
  'pr',
  'stages',
  'jobs',
  'steps',
  'extends',
  'pool',
];

/** Step keys that hold shell. */
const SCRIPT_KEYS = ['script', 'bash', 'pwsh', 'powershell'];

/** Every mapping in a document, depth first (the parser bounds depth). */
function mappingsIn(value: unknown): Dict[] {
  if (Array.isArray(value)) {
    return value.flatMap(mappingsIn);
  }
  if (!isRecord(value)) {
    return [];
  }
  return [value, ...Object.values(value).flatMap(mappingsIn)];
}

/** The environment of a deployment job: `name.resource` or `{ name }`. */
function environmentOf(job: Dict): string | undefined {
  const environment = isRecord(job.environment)
    ? job.environment.name
    : job.environment;
  return typeof environment === 'string'
    ? environment.split('.')[0]
    : undefined;
}

function stepDeploys(step: Dict): boolean {
  if (typeof step.task === 'string' && taskDeploys(step.task, step.inputs)) {
    return true;
  }
  return SCRIPT_KEYS.some(
    key => typeof step[key] === 'string' && runsDeployCommand(step[key]),
  );
}

/** Whether the pipeline says it runs for pull requests (`pr:` not `none`). */
function runsOnPullRequests(pipeline: Dict): boolean {
  return pipeline.pr !== undefined && pipeline.pr !== 'none';
}

/**
 * Azure Pipelines (`azure-pipelines.yml`, files in `.azure-pipelines/` and
 * `.azuredevops/`). A pipeline deploys when it has a `deployment:` job, a
 * deploy task (`AzureWebApp`, `HelmDeploy` upgrading, `TerraformTaskV4`
 * applying, …), or a script that deploys. Deployment jobs' environments
 * are its environments; one named like `preview` or `pr-…` in a pipeline
 * that runs for pull requests is a preview environment. (Azure runs a
 * pipeline without a `pr:` key for pull requests too, but only on some
 * hosts; only an explicit `pr:` is taken as evidence.)
 */
export const azurePipelinesDetector: Detector = {
  id: 'azure-pipelines',
  wants: path => (isPipelinePath(path) ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    const environments: { path: string; names: string[] }[] = [];
    const findings: Finding[] = [];
    for (const file of files) {
      const pipeline = firstDocument(file);
      if (!pipeline || !PIPELINE_KEYS.some(key => key in pipeline)) {
        continue;
      }
      const mappings = mappingsIn(pipeline);
      const deploymentJobs = mappings.filter(
        m => typeof m.deployment === 'string',
      );
      const names = deploymentJobs
        .map(environmentOf)
        .filter((name): name is string => name !== undefined);
      pipelines.push({
        path: file.path,
        deploys: deploymentJobs.length > 0 || mappings.some(stepDeploys),
      });
      environments.push({ path: file.path, names });
      if (runsOnPullRequests(pipeline) && names.some(isPreviewName)) {
        findings.push({
          fact: 'previewEnvironments',
          kind: 'azure-pipelines-preview',
          label: 'pull-request preview environments',
          path: file.path,
        });
      }
    }
    return [
      ...ciFindings(pipelines, 'azure-pipelines', 'Azure Pipelines pipeline'),
      ...environmentFindings(
        environments,
        'azure-pipelines-environments',
        'Azure Pipelines environments',
      ),
      ...findings,
    ];
  },
};
