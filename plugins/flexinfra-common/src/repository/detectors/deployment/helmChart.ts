import type { Detector, Finding } from '../../types';
import { isObject, textOf } from './objects';
import { baseName, isIgnoredPath, isVendoredSubchart } from './paths';

/**
 * Helm charts: a `Chart.yaml` (Helm's exact file name) with an
 * `apiVersion` and a `name`. A dependency vendored into another chart's
 * `charts/` folder is not this repository's chart; a library chart deploys
 * nothing by itself.
 */
export const helmChartDetector: Detector = {
  id: 'helm-chart',
  wants: path =>
    baseName(path) === 'Chart.yaml' && !isIgnoredPath(path)
      ? 'yaml'
      : undefined,
  detect: ({ files, listing }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'yaml' || isVendoredSubchart(file.path, listing)) {
        continue;
      }
      const [chart] = file.documents;
      if (
        !isObject(chart) ||
        !textOf(chart.apiVersion) ||
        !textOf(chart.name)
      ) {
        continue;
      }
      findings.push({
        fact: 'deployment',
        kind: 'helm',
        label: 'a Helm chart',
        path: file.path,
        ...(chart.type === 'library'
          ? { disabled: 'it is a library chart, which deploys nothing itself' }
          : {}),
      });
    }
    return findings;
  },
};
