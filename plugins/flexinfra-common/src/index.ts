/**
 * FlexInfra's maturity model and scoring engine: pure TypeScript with no I/O,
 * shared by the backend, the frontend, the scaffolder module and the CLI.
 *
 * @packageDocumentation
 */

export * from './model/stages';
export * from './model/dimensions';
export * from './model/dora';
export * from './model/sources';
export {
  InvalidModelError,
  type CheckDefinition,
  type ModelDefinition,
  type ModelOverrides,
  type checkDefinitionSchema,
  type modelOverridesSchema,
} from './model/schema';
export { defaultModelDefinition } from './model/defaultModel';
export { applyModelOverrides } from './model/overrides';
export {
  compileModel,
  type CompiledModel,
  type CompiledCheck,
} from './engine/compileModel';
export { evaluateEntity, type EvaluateOptions } from './engine/evaluateEntity';
export { evaluateEntities } from './engine/evaluateEntities';
export { describeModel } from './engine/describeModel';
export {
  BUILT_IN_FACTS,
  createEntityLookup,
  refOf,
  relatedRefs,
  resolveDependsOn,
  type EntityLookup,
} from './engine/facts';
export {
  compilePredicate,
  compilePath,
  type PredicateFunction,
  type PathGetter,
} from './engine/predicates/compilePredicate';
export {
  hasWaiverAnnotations,
  WAIVER_ANNOTATION_PREFIX,
} from './engine/waivers';
export * from './engine/types';
export * from './permissions';
export * from './api/types';
export * from './api/adoption';
export { RESULT_FILTER_NAMES } from './api/resultFilterNames';
export * from './campaigns';
