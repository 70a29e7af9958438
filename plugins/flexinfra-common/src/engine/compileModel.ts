import type { FilterPredicate } from '@backstage/filter-predicates';
import {
  InvalidModelError,
  modelDefinitionSchema,
  parseWithKeyPaths,
  type CheckDefinition,
  type ModelDefinition,
} from '../model/schema';
import { contentVersion } from '../model/version';
import {
  compilePredicate,
  type PredicateFunction,
} from './predicates/compilePredicate';

/** @public */
export interface CompiledCheck {
  definition: CheckDefinition;
  appliesTo: (value: unknown) => boolean;
  evidence: (value: unknown) => boolean;
}

/**
 * A model ready to evaluate many entities: validated once, predicates
 * compiled once, versioned by content.
 *
 * @public
 */
export interface CompiledModel {
  version: string;
  definition: ModelDefinition;
  checks: CompiledCheck[];
}

/**
 * Compiles a predicate, reusing the function of an identical predicate
 * compiled before (most checks share their appliesTo), so that evaluateEntity
 * can evaluate each distinct appliesTo once per entity.
 */
function sharedPredicate(
  predicate: FilterPredicate,
  compiled: Map<string, PredicateFunction>,
): PredicateFunction {
  const key = JSON.stringify(predicate);
  let fn = compiled.get(key);
  if (!fn) {
    fn = compilePredicate(predicate);
    compiled.set(key, fn);
  }
  return fn;
}

/**
 * Validates and compiles a model. Throws an InvalidModelError naming the key
 * path of every problem.
 *
 * @param source - where the model comes from, for error messages.
 * @public
 */
export function compileModel(
  definition: unknown,
  source = 'model',
): CompiledModel {
  const model = parseWithKeyPaths(
    modelDefinitionSchema,
    definition,
    source,
  ) as ModelDefinition;
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  model.checks.forEach((check, index) => {
    if (seen.has(check.id)) {
      duplicates.push(
        `${source}.checks[${index}].id: "${
          check.id
        }" is also the id of ${source}.checks[${seen.get(check.id)}]`,
      );
    }
    seen.set(check.id, index);
  });
  if (duplicates.length > 0) {
    throw new InvalidModelError(source, duplicates);
  }
  const compiled = new Map<string, PredicateFunction>();
  return {
    version: contentVersion(model),
    definition: model,
    checks: model.checks.map(check => ({
      definition: check,
      appliesTo: sharedPredicate(check.appliesTo, compiled),
      evidence: sharedPredicate(check.evidence, compiled),
    })),
  };
}
