import type { Detector, Finding } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import { environmentFindings } from './shared/environmentFindings';
import { isPreviewName } from './shared/environmentNames';
import {
  firstDocument,
  isRecord,
  recordsIn,
  stringsIn,
  type Dict,
} from './shared/records';
import { isRegionName } from './shared/regionNames';
import { usesDeployAction } from './githubDeployActions';

const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

/** Events of a change under review: a workflow on them can deploy previews. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * Actions that tend the repository (issues, labels, release notes) rather
 * than build it: a workflow made only of them is not CI.
 */
const HOUSEKEEPING_ACTIONS = new Set([
  'actions/stale',
  'actions/labeler',
  'actions/first-interaction',
  'release-drafter/release-drafter',
  'dessant/lock-threads',
  'amannn/action-semantic-pull-request',
  'kentaromiura/auto-assign-action',
]);

/** What one job of a workflow shows. */
interface JobView {
  deploys: boolean;
  environments: string[];
  regions: string[];
  steps: Dict[];
}

/** The events a workflow runs on (`on:` as a string, list or mapping). */
function triggersOf(on: unknown): string[] {
  return isRecord(on) ? Object.keys(on) : stringsIn(on);
}

/** The values a matrix variable takes, from the matrix and its `include`. */
function matrixValues(job: Dict, variable: string): string[] {
  const strategy = isRecord(job.strategy) ? job.strategy : {};
  const matrix = isRecord(strategy.matrix) ? strategy.matrix : {};
  return [
    ...stringsIn(matrix[variable]),
    ...recordsIn(matrix.include).flatMap(entry => stringsIn(entry[variable])),
  ];
}

/** A name, or the values of the matrix variable it is (`${{ matrix.env }}`). */
function resolveMatrix(name: string, job: Dict): string[] {
  const match = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(name.trim());
  return match ? matrixValues(job, match[1]) : [name];
}

/**
 * The environments a job deploys to: its `environment:` (a name or
 * `{ name, url }`), or for a call of a reusable workflow, the `environment`
 * input it passes.
 */
function environmentsOf(job: Dict): string[] {
  const environment = isRecord(job.environment)
    ? job.environment.name
    : job.environment;
  const passed =
    typeof job.uses === 'string' && isRecord(job.with)
      ? job.with.environment
      : undefined;
  return [...stringsIn(environment), ...stringsIn(passed)].flatMap(name =>
    resolveMatrix(name, job),
  );
}

/**
 * The regions a job visibly deploys to: a matrix variable named like
 * `region`, or the `region` / `aws-region` input of an action (such as
 * `aws-actions/configure-aws-credentials` or
 * `google-github-actions/deploy-cloudrun`), as far as the values are
 * cloud region names.
 */
function regionsOf(job: Dict, steps: Dict[]): string[] {
  const strategy = isRecord(job.strategy) ? job.strategy : {};
  const matrix = isRecord(strategy.matrix) ? strategy.matrix : {};
  const variables = new Set([
    ...Object.keys(matrix),
    ...recordsIn(matrix.include).flatMap(entry => Object.keys(entry)),
  ]);
  const fromMatrix = [...variables]
    .filter(variable => /region/i.test(variable))
    .flatMap(variable => matrixValues(job, variable));
  const fromInputs = steps
    .filter(step => typeof step.uses === 'string' && isRecord(step.with))
    .flatMap(step =>
      Object.entries(step.with as Dict)
        .filter(([input]) => /^(aws-)?region$/.test(input))
        .flatMap(([, value]) => stringsIn(value)),
    )
    .flatMap(value => resolveMatrix(value, job));
  return [...fromMatrix, ...fromInputs].filter(isRegionName);
}

function viewJob(job: Dict): JobView {
  const steps = recordsIn(job.steps);
  const environments = environmentsOf(job);
  const callsDeployWorkflow =
    typeof job.uses === 'string' && /deploy/i.test(job.uses.split('@')[0]);
  const deploys =
    job.environment !== undefined ||
    environments.length > 0 ||
    callsDeployWorkflow ||
    steps.some(
      step =>
        (typeof step.uses === 'string' &&
          usesDeployAction(step.uses, step.with)) ||
        (typeof step.run === 'string' && runsDeployCommand(step.run)),
    );
  return {
    deploys,
    environments,
    regions: deploys ? regionsOf(job, steps) : [],
    steps,
  };
}

function isHousekeeping(jobs: JobView[]): boolean {
  const steps = jobs.flatMap(job => job.steps);
  return (
    steps.length > 0 &&
    steps.every(
      step =>
        typeof step.uses === 'string' &&
        HOUSEKEEPING_ACTIONS.has(
          step.uses.split('@')[0].toLocaleLowerCase('en-US'),
        ),
    )
  );
}

/**
 * GitHub Actions workflows (`.github/workflows/*.yml`, with `on` and
 * `jobs`). A workflow deploys when a job names an `environment`, calls a
 * reusable deploy workflow, uses a known deploy action, or runs a deploy
 * command. Also gives the environments the jobs name, preview environments
 * (a pull-request workflow deploying to an environment named like
 * `preview`, `pr-…` or `review`), and the regions a deploy job's matrix or
 * AWS credentials name.
 */
export const githubActionsDetector: Detector = {
  id: 'github-actions',
  wants: path => (WORKFLOW.test(path) ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    const environments: { path: string; names: string[] }[] = [];
    const findings: Finding[] = [];
    for (const file of files) {
      const workflow = firstDocument(file);
      if (!workflow || workflow.on === undefined || !isRecord(workflow.jobs)) {
        continue;
      }
      const jobs = Object.values(workflow.jobs).filter(isRecord).map(viewJob);
      if (jobs.length === 0 || isHousekeeping(jobs)) {
        continue;
      }
      const deployJobs = jobs.filter(job => job.deploys);
      pipelines.push({ path: file.path, deploys: deployJobs.length > 0 });
      environments.push({
        path: file.path,
        names: deployJobs.flatMap(job => job.environments),
      });
      const onPullRequest = triggersOf(workflow.on).some(event =>
        PULL_REQUEST_EVENTS.has(event),
      );
      if (
        onPullRequest &&
        deployJobs.some(job => job.environments.some(isPreviewName))
      ) {
        findings.push({
          fact: 'previewEnvironments',
          kind: 'github-actions-preview',
          label: 'pull-request preview environments',
          path: file.path,
        });
      }
      const regions = [...new Set(deployJobs.flatMap(job => job.regions))];
      if (regions.length > 0) {
        findings.push({
          fact: 'regions',
          kind: 'github-actions-regions',
          label: 'GitHub Actions deployment regions',
          path: file.path,
          values: regions,
        });
      }
    }
    return [
      ...ciFindings(pipelines, 'github-actions', 'GitHub Actions workflow'),
      ...environmentFindings(
        environments,
        'github-environments',
        'GitHub Actions environments',
      ),
      ...findings,
    ];
  },
};
