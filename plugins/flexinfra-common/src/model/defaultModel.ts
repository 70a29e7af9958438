import defaultModelJson from './default-model.json';
import {
  modelDefinitionSchema,
  parseWithKeyPaths,
  type ModelDefinition,
} from './schema';

/**
 * FlexInfra's default maturity model (`default-model.json`), validated.
 *
 * @public
 */
export const defaultModelDefinition: ModelDefinition = parseWithKeyPaths(
  modelDefinitionSchema,
  defaultModelJson,
  'default-model.json',
) as ModelDefinition;
