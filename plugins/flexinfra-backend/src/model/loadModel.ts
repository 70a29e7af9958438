import type { Config } from '@backstage/config';
import {
  applyModelOverrides,
  type CheckDefinition,
  compileModel,
  defaultModelDefinition,
  type CompiledModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * The model this backend scores with: FlexInfra's default model plus the
 * checks that backend modules added in code, with the app-config overrides
 * under `flexinfra.model` applied (so config can also change or disable a
 * module's check). Throws (and so stops start-up) with a message naming the
 * key path of any invalid value.
 */
export function loadModel(
  config: Config,
  codeChecks: CheckDefinition[] = [],
): CompiledModel {
  const overrides = config.getOptional('flexinfra.model');
  const base = {
    ...defaultModelDefinition,
    checks: [...defaultModelDefinition.checks, ...codeChecks],
  };
  return compileModel(
    applyModelOverrides(base, overrides, 'flexinfra.model'),
    'flexinfra.model',
  );
}
