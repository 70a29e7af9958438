import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import { firstDocument, isRecord, asList, type Dict } from './shared/records';

const CONFIG = /(^|\/)\.circleci\/config\.yml$/;

/** Orb jobs and commands that deploy: `aws-ecs/deploy-service-update`, … */
const DEPLOY_REFERENCE = /deploy|upgrade-helm-chart|install-helm-chart/i;

/** The name a workflow job entry or step refers to (`name` or `{ name: … }`). */
function referenceOf(entry: unknown): string | undefined {
  if (typeof entry === 'string') {
    return entry;
  }
  return isRecord(entry) ? Object.keys(entry)[0] : undefined;
}

/** The shell of a `run` step: `run: cmd` or `run: { command: cmd }`. */
function commandOf(step: unknown): string {
  if (!isRecord(step)) {
    return '';
  }
  const run = step.run;
  if (typeof run === 'string') {
    return run;
  }
  return isRecord(run) && typeof run.command === 'string' ? run.command : '';
}

function deploys(config: Dict): boolean {
  const workflows = isRecord(config.workflows) ? config.workflows : {};
  const workflowJobs = Object.values(workflows)
    .filter(isRecord)
    .flatMap(workflow => asList(workflow.jobs))
    .map(referenceOf);
  const jobs = isRecord(config.jobs) ? Object.values(config.jobs) : [];
  const steps = jobs.filter(isRecord).flatMap(job => asList(job.steps));
  return (
    workflowJobs.some(name => !!name && DEPLOY_REFERENCE.test(name)) ||
    steps.some(step => {
      const name = referenceOf(step);
      return (
        (!!name && name.includes('/') && DEPLOY_REFERENCE.test(name)) ||
        runsDeployCommand(commandOf(step))
      );
    })
  );
}

/**
 * CircleCI configuration (`.circleci/config.yml` with `version` and jobs,
 * workflows or orbs). It deploys when a workflow runs a job named for
 * deploying (its own or an orb's, such as `aws-ecs/deploy-service-update`),
 * a step calls an orb's deploy command, or a `run` step deploys.
 */
export const circleCiDetector: Detector = {
  id: 'circleci',
  wants: path => (CONFIG.test(path) ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    for (const file of files) {
      const config = firstDocument(file);
      if (
        !config ||
        config.version === undefined ||
        !(config.jobs || config.workflows || config.orbs)
      ) {
        continue;
      }
      pipelines.push({ path: file.path, deploys: deploys(config) });
    }
    return ciFindings(pipelines, 'circleci', 'CircleCI config');
  },
};
