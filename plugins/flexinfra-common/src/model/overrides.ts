import {
  InvalidModelError,
  modelDefinitionSchema,
  modelOverridesSchema,
  parseWithKeyPaths,
  type ModelDefinition,
} from './schema';

/**
 * Applies app-config's `flexinfra.model` (or the CLI's `--config`) to a model:
 * change a check's weight or stage, disable it, set the target stage, add
 * checks. Invalid overrides throw an InvalidModelError naming the key path.
 *
 * @param source - where the overrides come from, used as the root of key paths
 *   in error messages (e.g. `flexinfra.model`).
 * @public
 */
export function applyModelOverrides(
  model: ModelDefinition,
  overrides: unknown,
  source = 'flexinfra.model',
): ModelDefinition {
  if (overrides === undefined || overrides === null) {
    return model;
  }
  const parsed = parseWithKeyPaths(modelOverridesSchema, overrides, source);
  const known = new Set(model.checks.map(c => c.id));
  const unknown = Object.keys(parsed.checks ?? {}).filter(id => !known.has(id));
  if (unknown.length > 0) {
    throw new InvalidModelError(
      source,
      unknown.map(
        id => `${source}.checks.${id}: no check with this id in the model`,
      ),
    );
  }
  const checks = model.checks.flatMap(check => {
    const change = parsed.checks?.[check.id];
    if (!change) {
      return [check];
    }
    if (change.enabled === false) {
      return [];
    }
    return [
      {
        ...check,
        ...(change.weight !== undefined && { weight: change.weight }),
        ...(change.stage !== undefined && {
          stage: change.stage === 'none' ? null : change.stage,
        }),
      },
    ];
  });
  const added = parsed.additionalChecks ?? [];
  const clashes = added.filter(c => known.has(c.id));
  if (clashes.length > 0) {
    throw new InvalidModelError(
      source,
      clashes.map(
        c =>
          `${source}.additionalChecks[${added.indexOf(c)}].id: "${
            c.id
          }" is already a check of the model`,
      ),
    );
  }
  // Two added checks with one id would otherwise surface only when the model
  // is compiled, named by their index in the merged model, not in the config.
  const repeated = added.flatMap((c, index) => {
    const first = added.findIndex(other => other.id === c.id);
    return first < index
      ? [
          `${source}.additionalChecks[${index}].id: "${c.id}" is also the id of ${source}.additionalChecks[${first}]`,
        ]
      : [];
  });
  if (repeated.length > 0) {
    throw new InvalidModelError(source, repeated);
  }
  const result = {
    targetStage: parsed.targetStage ?? model.targetStage,
    checks: [...checks, ...added],
  };
  return parseWithKeyPaths(
    modelDefinitionSchema,
    result,
    source,
  ) as ModelDefinition;
}
