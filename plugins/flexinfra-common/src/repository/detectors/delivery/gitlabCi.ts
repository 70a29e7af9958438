import type { Detector, Finding } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import { environmentFindings } from './shared/environmentFindings';
import { isDynamicName, isPreviewName } from './shared/environmentNames';
import {
  documentsOf,
  isRecord,
  recordsIn,
  scriptText,
  stringsIn,
  type Dict,
} from './shared/records';

/** The pipeline file, and the files it conventionally includes. */
const PIPELINE = /(^|\/)(\.gitlab-ci\.ya?ml|\.gitlab\/ci\/.+\.ya?ml)$/;

/** Top-level keys that configure the pipeline rather than name a job. */
const GLOBAL_KEYS = new Set([
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
  'spec',
]);

/** Keys only a job has. */
const JOB_KEYS = [
  'script',
  'trigger',
  'extends',
  'stage',
  'environment',
  'run',
];

/** Environment actions that do not deploy (stopping, preparing, checking). */
const NON_DEPLOY_ACTIONS = new Set(['stop', 'prepare', 'verify', 'access']);

/** GitLab's own templates that deploy (Auto DevOps, its deploy jobs). */
const DEPLOY_TEMPLATE = /^(Auto-DevOps|Jobs\/Deploy|Jobs\/.*Deploy)/;

/**
 * A job with what it `extends` merged in (templates first, the job last),
 * following chains of templates a few levels deep.
 */
function resolve(name: string, all: Dict, depth = 0): Dict {
  const job = all[name];
  if (!isRecord(job)) {
    return {};
  }
  if (depth > 8) {
    return job;
  }
  const bases = stringsIn(job.extends).map(base =>
    resolve(base, all, depth + 1),
  );
  return Object.assign({}, ...bases, job);
}

interface Environment {
  name: string;
  deploys: boolean;
  /** Stopped by a job or after a while: a short-lived environment. */
  stops: boolean;
}

function environmentOf(job: Dict): Environment | undefined {
  const environment = job.environment;
  if (typeof environment === 'string') {
    return { name: environment, deploys: true, stops: false };
  }
  if (!isRecord(environment) || typeof environment.name !== 'string') {
    return undefined;
  }
  const action =
    typeof environment.action === 'string' ? environment.action : 'start';
  return {
    name: environment.name,
    deploys: !NON_DEPLOY_ACTIONS.has(action),
    stops:
      environment.on_stop !== undefined ||
      environment.auto_stop_in !== undefined,
  };
}

/** A review app: a per-branch environment named review/… or that stops. */
function isReviewApp(environment: Environment): boolean {
  return (
    environment.deploys &&
    isDynamicName(environment.name) &&
    (isPreviewName(environment.name) || environment.stops)
  );
}

function jobDeploys(job: Dict, environment: Environment | undefined): boolean {
  if (environment?.deploys) {
    return true;
  }
  if (typeof job.stage === 'string' && /deploy/i.test(job.stage)) {
    return true;
  }
  return runsDeployCommand(
    [job.before_script, job.script].map(scriptText).join('\n'),
  );
}

function includesDeployTemplate(pipeline: Dict): boolean {
  return recordsIn(pipeline.include).some(
    entry =>
      typeof entry.template === 'string' &&
      DEPLOY_TEMPLATE.test(entry.template),
  );
}

/**
 * GitLab CI pipelines (`.gitlab-ci.yml`, and `.gitlab/ci/*.yml` it
 * includes). A pipeline deploys when a job starts an `environment`, sits in
 * a deploy stage, runs a deploy command, or the pipeline includes Auto
 * DevOps or GitLab's deploy jobs; `extends` is followed. Also gives the
 * environments jobs deploy to (computed names only for review apps), and
 * review apps as preview environments.
 */
export const gitlabCiDetector: Detector = {
  id: 'gitlab-ci',
  wants: path => (PIPELINE.test(path) ? 'yaml' : undefined),
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    const environments: { path: string; names: string[] }[] = [];
    const findings: Finding[] = [];
    for (const file of files) {
      const all: Dict = Object.assign({}, ...documentsOf(file));
      const jobs = Object.keys(all)
        .filter(name => !GLOBAL_KEYS.has(name) && !name.startsWith('.'))
        .filter(name => isRecord(all[name]))
        .map(name => resolve(name, all))
        .filter(job => JOB_KEYS.some(key => key in job));
      if (jobs.length === 0 && all.include === undefined) {
        continue;
      }
      const views = jobs.map(job => {
        const environment = environmentOf(job);
        return { environment, deploys: jobDeploys(job, environment) };
      });
      pipelines.push({
        path: file.path,
        deploys:
          views.some(view => view.deploys) || includesDeployTemplate(all),
      });
      const started = views
        .map(view => view.environment)
        .filter((e): e is Environment => !!e?.deploys);
      environments.push({
        path: file.path,
        names: started.map(environment => environment.name),
      });
      if (started.some(isReviewApp)) {
        findings.push({
          fact: 'previewEnvironments',
          kind: 'gitlab-review-apps',
          label: 'GitLab review apps',
          path: file.path,
        });
      }
    }
    return [
      ...ciFindings(pipelines, 'gitlab-ci', 'GitLab CI pipeline'),
      ...environmentFindings(
        environments,
        'gitlab-environments',
        'GitLab environments',
      ),
      ...findings,
    ];
  },
};
