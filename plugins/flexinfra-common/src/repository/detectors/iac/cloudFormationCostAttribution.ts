import type { Detector, Finding } from '../../types';
import { hasValue, isCostAttributionKey } from '../shared/costAttributionKeys';
import {
  cloudFormationTemplatesIn,
  wantsCloudFormation,
} from './cloudFormationTemplates';
import { oncePerFile } from '../shared/findings';
import { blocksOf, isBody, literalString } from './terraformFiles';

/**
 * The cost key of a resource's `Tags`: a list of `Key`/`Value` pairs
 * (most resources) or a map (SAM functions, some newer resources).
 */
function costKeyOf(tags: unknown): string | undefined {
  if (Array.isArray(tags)) {
    return blocksOf(tags)
      .map(tag => ({ key: literalString(tag.Key), value: tag.Value }))
      .find(
        tag =>
          tag.key !== undefined &&
          isCostAttributionKey(tag.key) &&
          (hasValue(tag.value) || isBody(tag.value)),
      )?.key;
  }
  if (isBody(tags)) {
    return Object.entries(tags).find(
      ([key, value]) =>
        isCostAttributionKey(key) && (hasValue(value) || isBody(value)),
    )?.[0];
  }
  return undefined;
}

/**
 * Cost attribution in CloudFormation and SAM templates: resource `Tags`
 * whose keys say who pays (cost center, billing, chargeback, cost
 * allocation), and SAM's `Globals` tags. A value given by an intrinsic
 * function (`{ "Ref": "CostCenter" }`) counts.
 */
export const cloudFormationCostAttributionDetector: Detector = {
  id: 'cloudformation-cost-attribution',
  wants: wantsCloudFormation,
  detect({ files }) {
    const findings: Finding[] = [];
    for (const template of cloudFormationTemplatesIn(files)) {
      const keys = [
        ...template.resources.map(resource =>
          costKeyOf(resource.properties.Tags),
        ),
        ...Object.values(template.globals).map(section =>
          isBody(section) ? costKeyOf(section.Tags) : undefined,
        ),
      ];
      const key = keys.find(k => k !== undefined);
      if (key) {
        findings.push({
          fact: 'costAttribution',
          kind: 'cloudformation-tags',
          label: `a cost-attribution tag (${key})`,
          path: template.path,
        });
      }
    }
    return oncePerFile(findings);
  },
};
