import { isRecord, type Dict } from './shared/records';

/**
 * Published GitHub Actions that deploy, by `owner/name` (lower case, no
 * `@ref`). Some deploy only when told to (`with:`); `when` says so. Setup
 * actions (`hashicorp/setup-terraform`, `azure/setup-helm`, …) do not deploy
 * by themselves: the `run:` steps after them are read for commands instead.
 */
const DEPLOY_ACTIONS = new Map<string, ((inputs: Dict) => boolean) | true>(
  Object.entries({
    'aws-actions/amazon-ecs-deploy-task-definition': true,
    'aws-actions/aws-cloudformation-github-deploy': true,
    'azure/webapps-deploy': true,
    'azure/functions-action': true,
    'azure/k8s-deploy': true,
    'azure/arm-deploy': true,
    'azure/container-apps-deploy-action': true,
    'azure/static-web-apps-deploy': true,
    'azure/aci-deploy': true,
    'azure/spring-apps-deploy': true,
    'google-github-actions/deploy-cloudrun': true,
    'google-github-actions/deploy-appengine': true,
    'google-github-actions/deploy-cloud-functions': true,
    'cloudflare/wrangler-action': true,
    'cloudflare/pages-action': true,
    'amondnet/vercel-action': true,
    'nwtgck/actions-netlify': true,
    'peaceiris/actions-gh-pages': true,
    'jamesives/github-pages-deploy-action': true,
    'actions/deploy-pages': true,
    'akhileshns/heroku-deploy': true,
    'digitalocean/app_action': true,
    'deliverybot/helm': true,
    'superfly/flyctl-actions': (inputs: Dict) =>
      /\bdeploy\b/.test(String(inputs.args)),
    'serverless/github-action': (inputs: Dict) =>
      /\bdeploy\b/.test(String(inputs.args)),
    'pulumi/actions': (inputs: Dict) => inputs.command === 'up',
  }),
);

/** Whether a step's `uses:` (with its `with:` inputs) deploys. */
export function usesDeployAction(uses: string, inputs: unknown): boolean {
  const name = uses.split('@')[0].toLocaleLowerCase('en-US');
  const rule = DEPLOY_ACTIONS.get(name);
  if (rule === undefined) {
    return false;
  }
  return rule === true || rule(isRecord(inputs) ? inputs : {});
}
