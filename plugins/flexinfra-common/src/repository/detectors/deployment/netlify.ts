import type { Detector, Finding } from '../../types';
import { environmentFromName } from './environmentNames';
import { isObject, objectAt } from './objects';
import { baseName, isIgnoredPath } from './paths';

/**
 * Netlify sites: a `netlify.toml` with a `[build]`, `[functions]` or
 * `[context.…]` section. Deployment on Netlify; `[context.deploy-preview]`
 * as preview environments; branch contexts that name an environment
 * (`[context.staging]`, `[context.production]`) as environments.
 */
export const netlifyDetector: Detector = {
  id: 'netlify',
  wants: path =>
    baseName(path) === 'netlify.toml' && !isIgnoredPath(path)
      ? 'toml'
      : undefined,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'toml') {
        continue;
      }
      const config = file.value;
      const contexts = objectAt(config, 'context');
      if (!isObject(config.build) && !isObject(config.functions) && !contexts) {
        continue;
      }
      const { path } = file;
      findings.push({
        fact: 'deployment',
        kind: 'netlify',
        label: 'a Netlify site',
        path,
      });
      for (const name of Object.keys(contexts ?? {})) {
        if (name === 'deploy-preview') {
          findings.push({
            fact: 'previewEnvironments',
            kind: 'netlify',
            label: 'Netlify deploy previews',
            path,
            values: ['deploy-preview'],
          });
          continue;
        }
        const environment = environmentFromName(name);
        if (environment?.kind === 'environment') {
          findings.push({
            fact: 'environments',
            kind: 'netlify',
            label: 'Netlify deploy contexts',
            path,
            values: [environment.name],
          });
        }
      }
    }
    return findings;
  },
};
