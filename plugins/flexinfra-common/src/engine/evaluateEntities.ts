import type { CompiledModel } from './compileModel';
import { evaluateEntity, type EvaluateOptions } from './evaluateEntity';
import { createEntityLookup, type EntityLookup } from './facts';
import type { EntityEvaluation } from './types';

/**
 * Scores a set of entities whose relations resolve among themselves (and,
 * optionally, through a further lookup), e.g. the descriptor files given to
 * the CLI.
 *
 * @public
 */
export function evaluateEntities(
  model: CompiledModel,
  entities: unknown[],
  options: { now: Date; lookup?: EntityLookup },
): EntityEvaluation[] {
  const local = createEntityLookup(entities);
  const lookup: EvaluateOptions['lookup'] = options.lookup
    ? ref => local(ref) ?? options.lookup!(ref)
    : local;
  return entities.map(entity =>
    evaluateEntity(model, entity, { lookup, now: options.now }),
  );
}
