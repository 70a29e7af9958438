import { ModuleSpec } from '../types';

/**
 * Where the module will live once published: the repository tree URL joined
 * with the module's directory.
 */
export function iacLocation(spec: ModuleSpec): string | undefined {
  if (!spec.sourceLocation) {
    return undefined;
  }
  const base = spec.sourceLocation.replace(/^url:/, '').replace(/\/+$/, '');
  return `url:${base}/${spec.targetDir}`;
}

/**
 * What an entity whose infrastructure this module defines gets: the tool,
 * the process and, when the repository is known, where the code lives
 * (FlexInfra checks provisioning-declared, iac-managed, iac-location).
 */
export function iacAnnotations(spec: ModuleSpec): Record<string, string> {
  const location = iacLocation(spec);
  return {
    'flexinfra.io/provisioning': 'iac',
    'flexinfra.io/iac-tool': 'terraform',
    ...(location && { 'flexinfra.io/iac-location': location }),
  };
}
