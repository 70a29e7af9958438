import type { Detector, Finding } from '../../types';
import { hasValue, isCostAttributionKey } from '../shared/costAttributionKeys';
import { oncePerFile } from '../shared/findings';
import {
  blocksOf,
  isBody,
  literalString,
  oneLabelBlocks,
  terraformFilesIn,
  wantsTerraformConfiguration,
  wantsTerraformVariables,
} from './terraformFiles';

/**
 * Arguments that hold tags or labels: `tags`, `labels`, `common_tags`,
 * `default_labels`, `resource_labels`, … (AWS provider `default_tags` is a
 * block holding `tags`, so it is found inside).
 */
const TAG_MAP = /(^|_)(tags|labels)$/;

/** A cost key of a map of tags or labels with a value, if any. */
function costKeyOf(map: Record<string, unknown>): string | undefined {
  return Object.entries(map).find(
    ([key, value]) => isCostAttributionKey(key) && hasValue(value),
  )?.[0];
}

function finding(path: string, key: string, argument: string): Finding {
  const word = /labels$/.test(argument) ? 'label' : 'tag';
  return {
    fact: 'costAttribution',
    kind: `terraform-${word}s`,
    label: `a cost-attribution ${word} (${key})`,
    path,
  };
}

/**
 * Cost keys anywhere in a body: maps of tags or labels, `tag { key = … }`
 * blocks (Auto Scaling groups), and variables named like tags whose
 * default is such a map. Tags built by expressions
 * (`merge(local.tags, …)`) are not evaluated.
 */
function costKeysIn(path: string, body: Record<string, unknown>): Finding[] {
  const found: Finding[] = [];
  for (const variable of oneLabelBlocks(body, 'variable')) {
    const key =
      TAG_MAP.test(variable.name) && isBody(variable.body.default)
        ? costKeyOf(variable.body.default)
        : undefined;
    if (key) {
      found.push(finding(path, key, variable.name));
    }
  }
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      stack.push(...current);
      continue;
    }
    if (!isBody(current)) {
      continue;
    }
    for (const [argument, value] of Object.entries(current)) {
      const key =
        TAG_MAP.test(argument) && isBody(value) ? costKeyOf(value) : undefined;
      if (key) {
        found.push(finding(path, key, argument));
      }
      if (argument === 'tag') {
        for (const tag of blocksOf(value)) {
          const name = literalString(tag.key);
          if (name && isCostAttributionKey(name) && hasValue(tag.value)) {
            found.push(finding(path, name, 'tag'));
          }
        }
      }
      stack.push(value);
    }
  }
  return found;
}

/**
 * Cost attribution in Terraform configuration and variables files: tags
 * and labels whose keys say who pays (cost center, billing, chargeback,
 * cost allocation), on resources, in provider defaults, locals or
 * variables.
 */
export const terraformCostAttributionDetector: Detector = {
  id: 'terraform-cost-attribution',
  wants: path =>
    wantsTerraformConfiguration(path) ?? wantsTerraformVariables(path),
  detect({ files }) {
    return oncePerFile(
      terraformFilesIn(files).flatMap(file => costKeysIn(file.path, file.body)),
    );
  },
};
