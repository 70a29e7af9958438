import type { Detector, Finding } from '../../types';
import { isObject, objectAt, textOf } from './objects';
import { baseName, isIgnoredPath } from './paths';

/**
 * Serverless Framework services: a `serverless.yml` (or `.yaml`) with a
 * `service` and a `provider`. Deployment as functions; its `functions`
 * scale with requests and events (demand-driven autoscaling); a literal
 * `provider.region` (not a `${…}` variable) is a region.
 */
export const serverlessFrameworkDetector: Detector = {
  id: 'serverless-framework',
  wants: path =>
    /^serverless\.ya?ml$/.test(baseName(path)) && !isIgnoredPath(path)
      ? 'yaml'
      : undefined,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'yaml') {
        continue;
      }
      const [config] = file.documents;
      if (
        !isObject(config) ||
        config.service === undefined ||
        config.provider === undefined
      ) {
        continue;
      }
      const { path } = file;
      findings.push({
        fact: 'deployment',
        kind: 'serverless',
        label: 'a Serverless Framework service',
        path,
      });
      const functions = objectAt(config, 'functions');
      if (functions && Object.keys(functions).length > 0) {
        findings.push({
          fact: 'autoscaling',
          kind: 'serverless',
          label: 'Serverless Framework functions',
          path,
          demandDriven: true,
        });
      }
      const region = textOf(objectAt(config, 'provider')?.region);
      if (region && !region.includes('${')) {
        findings.push({
          fact: 'regions',
          kind: 'serverless',
          label: 'a Serverless Framework region',
          path,
          values: [region],
        });
      }
    }
    return findings;
  },
};
