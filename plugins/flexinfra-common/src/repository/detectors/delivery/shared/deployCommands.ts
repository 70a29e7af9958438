/**
 * Shell commands that deploy: they change what runs in an environment, as
 * opposed to building, testing or publishing an artifact. Used on the script
 * text of CI steps and on Jenkinsfiles, one line at a time.
 *
 * Deliberately not here: `docker push`, `npm publish`, `mvn deploy` (which
 * uploads an artifact to a package repository), `terraform plan`,
 * `helm template`, `cdk synth` — they build or check, they do not deploy.
 */
const DEPLOY_COMMANDS: readonly RegExp[] = [
  // Infrastructure as code applied.
  /\b(?:terraform|tofu|terragrunt)\b(?:\s+-\S+)*\s+(?:run-all\s+|run\s+--all\s+)?apply\b/,
  /\bpulumi\s+(?:up|update)\b/,
  /\bcdk\s+deploy\b/,
  /\b(?:serverless|sls)\s+deploy\b/,
  /\bsam\s+deploy\b/,
  // Kubernetes and its tools.
  /\bhelm\b(?:\s+-\S+)*\s+(?:upgrade|install)\b/,
  /\bhelmfile\b.*\s(?:apply|sync|deploy)\b/,
  /\b(?:kubectl|oc)\b.*\s(?:apply|replace|set\s+image|rollout\s+restart)\b/,
  /\bargocd\s+app\s+(?:sync|create|set|rollback)\b/,
  /\bflux\s+reconcile\b/,
  /\bskaffold\s+(?:run|deploy)\b/,
  /\bkamal\s+deploy\b/,
  /\bdocker\s+stack\s+deploy\b/,
  /\bnomad\s+(?:job\s+)?run\b/,
  /\bwaypoint\s+(?:up|deploy)\b/,
  // Cloud providers' command-line tools.
  /\bgcloud\s+(?:(?:alpha|beta)\s+)?(?:run|app|functions)\s+(?:(?:jobs|services)\s+)?(?:deploy|update)\b/,
  /\bgcloud\s+deploy\s+releases\s+create\b/,
  /\baws\s+ecs\s+update-service\b/,
  /\baws\s+cloudformation\s+(?:deploy|create-stack|update-stack)\b/,
  /\baws\s+lambda\s+update-function-code\b/,
  /\baws\s+deploy\s+create-deployment\b/,
  /\becspresso\s+deploy\b/,
  /\beb\s+deploy\b/,
  /\bcopilot\s+(?:(?:svc|job|env)\s+)?deploy\b/,
  /\baz\s+(?:webapp|functionapp)\s+(?:deploy|up|deployment\s+source)\b/,
  /\baz\s+deployment\s+(?:group|sub|mg|tenant)\s+create\b/,
  /\baz\s+containerapp\s+(?:up|update|create)\b/,
  /\bfunc\s+azure\s+functionapp\s+publish\b/,
  /\bcf\s+push\b/,
  // Platforms as a service.
  /\b(?:flyctl|fly)\s+deploy\b/,
  /\bvercel\s+(?:deploy\b|--prod\b|--prebuilt\b)/,
  /\bnetlify\s+deploy\b/,
  /\bwrangler\s+(?:deploy|publish|pages\s+deploy)\b/,
  /\bfirebase\s+deploy\b/,
  /\bheroku\s+container:release\b/,
  /\bgit\s+push\b.*\bheroku\b/,
  /\bcap\s+\S+\s+deploy\b/,
  // The project's own deploy entry points.
  /\bmake\b(?:\s+\S+)*?\s+deploy[\w-]*\b/,
  /\b(?:npm\s+run|yarn(?:\s+run)?)\s+deploy[\w:-]*\b/,
  /(?:^|[\s/])deploy[\w.-]*\.sh\b/,
];

/** A command that only simulates: `--dry-run`, `--dry-run=client`, … */
const DRY_RUN = /\s--dry-run(?:=(?!none\b)\S+)?(?:\s|$)/;

/** Whether one line of shell deploys (comments and dry runs do not). */
function lineDeploys(line: string): boolean {
  const command = line.trim();
  if (!command || command.startsWith('#') || command.startsWith('//')) {
    return false;
  }
  if (DRY_RUN.test(command)) {
    return false;
  }
  return DEPLOY_COMMANDS.some(pattern => pattern.test(command));
}

/** Whether some line of a script runs a deploy command. */
export function runsDeployCommand(script: string): boolean {
  return script.split(/\r?\n/).some(lineDeploys);
}
