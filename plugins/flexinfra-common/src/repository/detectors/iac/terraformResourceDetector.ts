import type { Detector } from '../../types';
import { oncePerFile } from '../shared/findings';
import { moduleCallsOf } from './terraformModules';
import { evidenceOf, type ResourceRules } from './resourceRules';
import {
  resourcesOf,
  terraformFilesIn,
  wantsTerraformConfiguration,
} from './terraformFiles';

/**
 * A detector that reads Terraform resources by type, and calls of
 * published modules by address (`terraform-aws-modules/lambda/aws`),
 * through tables of rules: one finding per fact, kind, file and state.
 */
export function terraformResourceDetector(
  id: string,
  rules: ResourceRules,
  moduleRules: ResourceRules = {},
): Detector {
  return {
    id,
    wants: wantsTerraformConfiguration,
    detect({ files }) {
      return oncePerFile(
        terraformFilesIn(files).flatMap(file => [
          ...resourcesOf(file).flatMap(resource =>
            evidenceOf(rules, resource.type, resource.body, file.path),
          ),
          ...moduleCallsOf(file).flatMap(module =>
            evidenceOf(moduleRules, module.address, module.body, file.path),
          ),
        ]),
      );
    },
  };
}
