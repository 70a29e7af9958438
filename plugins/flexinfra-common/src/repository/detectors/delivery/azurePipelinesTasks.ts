import { isRecord, type Dict } from './shared/records';
import { runsDeployCommand } from './shared/deployCommands';

/**
 * Azure Pipelines tasks that deploy, by name without `@version`. Some
 * deploy only with a given command or action in their `inputs`.
 */
const DEPLOY_TASKS = new Map<string, ((inputs: Dict) => boolean) | true>([
  ['azurewebapp', true],
  ['azurermwebappdeployment', true],
  ['azurewebappcontainer', true],
  ['azurefunctionapp', true],
  ['azurefunctionappcontainer', true],
  ['azurecontainerapps', true],
  ['azurestaticwebapp', true],
  ['azurespringcloud', true],
  ['azureresourcemanagertemplatedeployment', true],
  ['azureresourcegroupdeployment', true],
  ['servicefabricdeploy', true],
  ['sqlazuredacpacdeployment', true],
  ['iiswebappdeploymentonmachinegroup', true],
  [
    'kubernetesmanifest',
    inputs => ['deploy', 'promote'].includes(String(inputs.action ?? 'deploy')),
  ],
  [
    'helmdeploy',
    inputs => ['upgrade', 'install'].includes(String(inputs.command)),
  ],
  ['kubernetes', inputs => String(inputs.command) === 'apply'],
  ['terraformtaskv1', inputs => String(inputs.command) === 'apply'],
  ['terraformtaskv2', inputs => String(inputs.command) === 'apply'],
  ['terraformtaskv3', inputs => String(inputs.command) === 'apply'],
  ['terraformtaskv4', inputs => String(inputs.command) === 'apply'],
  ['terraformcli', inputs => String(inputs.command) === 'apply'],
]);

/** Inputs of script-running tasks (AzureCLI, Bash, PowerShell, AWSShellScript). */
const SCRIPT_INPUTS = ['inlineScript', 'script'];

/** Whether a `task:` step deploys, by its name or by the script it runs. */
export function taskDeploys(task: string, rawInputs: unknown): boolean {
  const inputs = isRecord(rawInputs) ? rawInputs : {};
  const name = task.split('@')[0].toLocaleLowerCase('en-US');
  const rule = DEPLOY_TASKS.get(name);
  if (rule === true || (rule && rule(inputs))) {
    return true;
  }
  return SCRIPT_INPUTS.some(
    key => typeof inputs[key] === 'string' && runsDeployCommand(inputs[key]),
  );
}
