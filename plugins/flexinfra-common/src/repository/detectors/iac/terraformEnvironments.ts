import type { Detector, Finding } from '../../types';
import {
  baseName,
  environmentFromFolders,
  environmentFromName,
  environmentFromPlace,
  isEnvironmentsFolder,
} from './environmentNames';
import { folderSegments } from '../shared/findings';

const VARIABLES_FILE = /(\.auto)?\.tfvars(\.json)?$/;
const CONFIGURATION_FILE = /\.(tf|tofu)(\.json)?$/;

/**
 * The environment a variables file is for: its own name (`prod.tfvars`,
 * `staging.auto.tfvars`; any name inside an `env` folder), else its
 * folders' (`environments/prod/terraform.tfvars`). `common.tfvars` or
 * `terraform.tfvars` alone name none.
 */
function environmentOfVariables(path: string): string | undefined {
  const name = baseName(path, VARIABLES_FILE);
  const folders = folderSegments(path);
  const parent = folders[folders.length - 1];
  const byName =
    parent && isEnvironmentsFolder(parent)
      ? environmentFromPlace(name)
      : environmentFromName(name);
  return byName ?? environmentFromFolders(path);
}

/**
 * Environments in a Terraform layout, from the listing: one variables file
 * per environment (`dev.tfvars`, `env/staging.tfvars`,
 * `environments/prod/terraform.tfvars`), or one folder of configuration
 * per environment (`envs/prod/main.tf`, `infra/staging/main.tf`). Values
 * are the environment names as written, lower case.
 */
export const terraformEnvironmentsDetector: Detector = {
  id: 'terraform-environments',
  wants: () => undefined,
  detect({ listing }) {
    const variables: Finding[] = [];
    const folders: Finding[] = [];
    const foldersSeen = new Set<string>();
    for (const { path } of listing) {
      if (VARIABLES_FILE.test(path)) {
        const environment = environmentOfVariables(path);
        if (environment) {
          variables.push({
            fact: 'environments',
            kind: 'terraform-tfvars',
            label: 'Terraform variables per environment',
            path,
            values: [environment],
          });
        }
      } else if (CONFIGURATION_FILE.test(path)) {
        const environment = environmentFromFolders(path);
        const folder = folderSegments(path).join('/');
        if (environment && !foldersSeen.has(folder)) {
          foldersSeen.add(folder);
          folders.push({
            fact: 'environments',
            kind: 'terraform-folders',
            label: 'Terraform folders per environment',
            path,
            values: [environment],
          });
        }
      }
    }
    return [...variables, ...folders];
  },
};
