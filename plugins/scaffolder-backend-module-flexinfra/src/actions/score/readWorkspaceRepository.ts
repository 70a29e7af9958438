import {
  analyzeRepository,
  type RepositoryFacts,
} from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { readDirectorySource } from '@flexinfra/backstage-plugin-flexinfra-node';

/**
 * The template's workspace read as the scored entity's repository: what
 * the template wrote there (Terraform, charts, workflows) is evidence, as it
 * will be once the pull request is merged and FlexInfra reads the
 * repository. Problems (files that do not parse) are returned to be logged;
 * none stops the scoring.
 */
export async function readWorkspaceRepository(
  workspacePath: string,
): Promise<RepositoryFacts> {
  return analyzeRepository(await readDirectorySource(workspacePath));
}
