import type { Detector, Finding } from '../../types';
import { hasCostAttribution } from '../shared/costAttributionKeys';
import { isKustomizationPath } from './kustomize';
import { arrayOf, isObject, type PlainObject } from './objects';

function stringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (isObject(value)) {
    for (const [key, entry] of Object.entries(value)) {
      if (typeof entry === 'string' || typeof entry === 'number') {
        result[key] = String(entry);
      }
    }
  }
  return result;
}

/** The label and annotation maps a kustomization adds to every object. */
function addedMaps(kustomization: PlainObject): Record<string, string>[] {
  return [
    stringMap(kustomization.commonLabels),
    stringMap(kustomization.commonAnnotations),
    ...arrayOf(kustomization.labels).map(entry =>
      stringMap(isObject(entry) ? entry.pairs : undefined),
    ),
  ];
}

/**
 * Cost-attribution labels a kustomization puts on everything it builds:
 * `commonLabels`, `commonAnnotations` or `labels[].pairs` with a cost key
 * (see costAttributionKeys).
 */
export const kustomizeCostLabelsDetector: Detector = {
  id: 'kustomize-cost-labels',
  wants: path => (isKustomizationPath(path) ? 'yaml' : undefined),
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      const [kustomization] = file.as === 'yaml' ? file.documents : [];
      if (
        isObject(kustomization) &&
        addedMaps(kustomization).some(hasCostAttribution)
      ) {
        findings.push({
          fact: 'costAttribution',
          kind: 'kustomize-labels',
          label: 'cost-attribution labels in a kustomization',
          path: file.path,
        });
      }
    }
    return findings;
  },
};
