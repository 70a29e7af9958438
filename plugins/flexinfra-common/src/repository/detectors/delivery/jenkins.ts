import type { Detector } from '../../types';
import { ciFindings, type Pipeline } from './shared/ciFindings';
import { runsDeployCommand } from './shared/deployCommands';
import { baseName } from './shared/yamlPaths';

/** `Jenkinsfile`, `Jenkinsfile.deploy`, `release.jenkinsfile`. */
const JENKINSFILE = /^(Jenkinsfile(\..+)?|.+\.jenkinsfile)$/;

/** Notes and backups named after a Jenkinsfile: `Jenkinsfile.md`. */
const NOT_A_PIPELINE = /\.(md|txt|rst|adoc|bak|orig)$/i;

/** What a pipeline script is made of: `pipeline {`, `node {`, `stage(`. */
const PIPELINE_SHAPE = /\b(pipeline|node|stage)\s*[({]/;

/** A stage named for deploying: `stage('Deploy to production')`. */
const DEPLOY_STAGE = /\bstage\s*\(\s*['"][^'"]*\bdeploy/i;

/** A downstream deploy job: `build job: 'api-deploy'`. */
const DEPLOY_JOB = /\bbuild\s*\(?\s*job\s*:\s*['"][^'"]*deploy/i;

/**
 * Jenkins pipelines (`Jenkinsfile`, `Jenkinsfile.*`, `*.jenkinsfile`), read
 * as text. A pipeline deploys when a stage is named for deploying, it
 * triggers a deploy job, or its shell steps run a deploy command.
 */
export const jenkinsDetector: Detector = {
  id: 'jenkins',
  wants: path =>
    JENKINSFILE.test(baseName(path)) && !NOT_A_PIPELINE.test(path)
      ? 'text'
      : undefined,
  detect({ files }) {
    const pipelines: Pipeline[] = [];
    for (const file of files) {
      if (file.as !== 'text' || !PIPELINE_SHAPE.test(file.text)) {
        continue;
      }
      pipelines.push({
        path: file.path,
        deploys:
          DEPLOY_STAGE.test(file.text) ||
          DEPLOY_JOB.test(file.text) ||
          runsDeployCommand(file.text),
      });
    }
    return ciFindings(pipelines, 'jenkins', 'Jenkins pipeline');
  },
};
