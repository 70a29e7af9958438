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
  options: {
    now: Date;
    lookup?: EntityLookup;
    /**
     * Facts about each entity from outside its descriptor, by provider id,
     * e.g. `{ repository: … }` from the repository analyzer.
     */
    factsOf?: (
      entity: unknown,
      index: number,
    ) => Record<string, unknown> | undefined;
  },
): EntityEvaluation[] {
  const local = createEntityLookup(entities);
  const lookup: EvaluateOptions['lookup'] = options.lookup
    ? ref => local(ref) ?? options.lookup!(ref)
    : local;
  return entities.map((entity, index) =>
    evaluateEntity(model, entity, {
      lookup,
      now: options.now,
      facts: options.factsOf?.(entity, index),
    }),
  );
}
