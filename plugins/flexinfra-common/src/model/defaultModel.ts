import defaultModelJson from './defaultModel.json';
import {
  modelDefinitionSchema,
  parseWithKeyPaths,
  type ModelDefinition,
} from './schema';

/**
 * FlexInfra's default maturity model (`defaultModel.json`), validated.
 *
 * @public
 */
export const defaultModelDefinition: ModelDefinition = parseWithKeyPaths(
  modelDefinitionSchema,
  defaultModelJson,
  'defaultModel.json',
) as ModelDefinition;
