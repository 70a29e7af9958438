import type { Config } from '@backstage/config';
import {
  applyModelOverrides,
  compileModel,
  defaultModelDefinition,
  type CompiledModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * The model this backend scores with: FlexInfra's default model with the
 * app-config overrides under `flexinfra.model` applied. Throws (and so stops
 * start-up) with a message naming the key path of any invalid value.
 */
export function loadModel(config: Config): CompiledModel {
  const overrides = config.getOptional('flexinfra.model');
  return compileModel(
    applyModelOverrides(defaultModelDefinition, overrides, 'flexinfra.model'),
    'flexinfra.model',
  );
}
