import type { Detector, Finding } from '../../types';
import { arrayOf, isObject, objectAt, textOf } from './objects';
import { baseName, isIgnoredPath } from './paths';

/**
 * Vercel projects: a `vercel.json`. Deployment on Vercel; `functions`
 * (serverless functions, which run per request) as demand-driven
 * autoscaling; `regions` (Vercel region ids such as `fra1`) as regions.
 */
export const vercelDetector: Detector = {
  id: 'vercel',
  wants: path =>
    baseName(path) === 'vercel.json' && !isIgnoredPath(path)
      ? 'json'
      : undefined,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'json' || !isObject(file.value)) {
        continue;
      }
      const { path } = file;
      findings.push({
        fact: 'deployment',
        kind: 'vercel',
        label: 'a Vercel project',
        path,
      });
      const functions = objectAt(file.value, 'functions');
      if (functions && Object.keys(functions).length > 0) {
        findings.push({
          fact: 'autoscaling',
          kind: 'vercel',
          label: 'Vercel functions',
          path,
          demandDriven: true,
        });
      }
      const regions = arrayOf(file.value.regions)
        .map(textOf)
        .filter((region): region is string => !!region);
      if (regions.length > 0) {
        findings.push({
          fact: 'regions',
          kind: 'vercel',
          label: 'Vercel regions',
          path,
          values: regions,
        });
      }
    }
    return findings;
  },
};
