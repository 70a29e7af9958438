import {
  applyModelOverrides,
  compileModel,
  CompiledModel,
  defaultModelDefinition,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * The model `flexinfra:score` scores with: FlexInfra's default model with the
 * app-config overrides under `flexinfra.model` applied, as the FlexInfra
 * backend does. Without a config, the default model.
 *
 * @throws naming the key path of an invalid override
 */
export function loadScoringModel(config?: {
  getOptional(key: string): unknown;
}): CompiledModel {
  const overrides = config?.getOptional('flexinfra.model');
  return compileModel(
    applyModelOverrides(defaultModelDefinition, overrides, 'flexinfra.model'),
    'flexinfra.model',
  );
}
