import type { Detector, Finding } from '../../types';
import {
  oneLabelBlocks,
  terraformFilesIn,
  twoLabelBlocks,
  wantsTerraformConfiguration,
  type Body,
} from './terraformFiles';

/** Blocks that configure Terraform or declare its inputs and outputs. */
const SUPPORTING_BLOCKS = [
  'provider',
  'terraform',
  'variable',
  'output',
  'locals',
  'import',
  'moved',
  'check',
] as const;

function hasAny(body: Body, names: readonly string[]): boolean {
  return names.some(name => body[name] !== undefined);
}

/** Whether a body declares resources, modules or data sources. */
function buildsSomething(body: Body): boolean {
  return (
    twoLabelBlocks(body, 'resource').length > 0 ||
    twoLabelBlocks(body, 'data').length > 0 ||
    oneLabelBlocks(body, 'module').length > 0
  );
}

/**
 * Terraform and OpenTofu configuration (`*.tf`, `*.tofu`, `*.tf.json`): a
 * file with Terraform blocks. Files that build something (resources,
 * modules, data sources) come first in the paths; files of only variables,
 * providers or outputs still count, after them. A file of only comments
 * does not.
 */
export const terraformDetector: Detector = {
  id: 'terraform',
  wants: wantsTerraformConfiguration,
  detect({ files }) {
    const building: Finding[] = [];
    const supporting: Finding[] = [];
    for (const file of terraformFilesIn(files)) {
      const finding: Finding = {
        fact: 'iac',
        kind: 'terraform',
        label: 'Terraform',
        path: file.path,
      };
      if (buildsSomething(file.body)) {
        building.push(finding);
      } else if (hasAny(file.body, SUPPORTING_BLOCKS)) {
        supporting.push(finding);
      }
    }
    return [...building, ...supporting];
  },
};
