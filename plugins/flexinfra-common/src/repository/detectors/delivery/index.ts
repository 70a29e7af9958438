import type { Detector } from '../../types';
import { appVeyorDetector } from './appVeyor';
import { azurePipelinesDetector } from './azurePipelines';
import { bitbucketPipelinesDetector } from './bitbucketPipelines';
import { buildkiteDetector } from './buildkite';
import { circleCiDetector } from './circleCi';
import { cloudBuildDetector } from './cloudBuild';
import { droneDetector } from './drone';
import { githubActionsDetector } from './githubActions';
import { gitlabCiDetector } from './gitlabCi';
import { jenkinsDetector } from './jenkins';
import { tektonDetector } from './tekton';
import { travisCiDetector } from './travisCi';
import { woodpeckerDetector } from './woodpecker';

/**
 * The built-in detectors of CI/CD: one per CI system. Each says whether
 * its pipelines deploy, and where it can tell, the environments, preview
 * environments and regions they deploy to.
 */
export const DELIVERY_DETECTORS: Detector[] = [
  githubActionsDetector,
  gitlabCiDetector,
  jenkinsDetector,
  circleCiDetector,
  azurePipelinesDetector,
  cloudBuildDetector,
  travisCiDetector,
  appVeyorDetector,
  buildkiteDetector,
  tektonDetector,
  bitbucketPipelinesDetector,
  droneDetector,
  woodpeckerDetector,
];
