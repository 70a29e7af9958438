import { runsDeployCommand } from './deployCommands';
import { scriptText, type Dict } from './records';

/**
 * Plugin images that deploy, by the last part of their repository name:
 * `plugins/ecs-deploy`, `pelotech/drone-helm3`, `sinlead/drone-kubectl`.
 */
const DEPLOY_IMAGE =
  /^(?:drone-|plugin-)?(?:[\w-]*deploy[\w-]*|helm3?|kubectl|kubernetes|k8s|ecs|cloudrun|cloud-run|heroku)$/;

/** The last part of an image's repository: `pelotech/drone-helm3:1` → `drone-helm3`. */
function imageName(image: string): string {
  const withoutTag = image.split('@')[0].replace(/:[^/]*$/, '');
  return withoutTag.slice(withoutTag.lastIndexOf('/') + 1);
}

/**
 * Whether a step of a container-based pipeline (Drone, Woodpecker)
 * deploys: its image is a deploy plugin, or its commands deploy.
 */
export function containerStepDeploys(step: Dict): boolean {
  if (
    typeof step.image === 'string' &&
    step.commands === undefined &&
    DEPLOY_IMAGE.test(imageName(step.image))
  ) {
    return true;
  }
  return runsDeployCommand(scriptText(step.commands));
}
