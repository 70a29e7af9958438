import type {
  CompiledModel,
  ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type {
  GateFailure,
  GateReason,
  GateResult,
  LocatedEvaluation,
} from './types';

/**
 * Applies `--min-stage N`: every scored entity below stage N fails, with the
 * failing checks that gate stages above its own up to N (all of which must
 * pass, or be waived, for it to reach N). Not-applicable and invalid entities
 * are not judged.
 */
export function checkGate(
  model: CompiledModel,
  results: LocatedEvaluation[],
  minStage: number,
): GateResult {
  const definitions = new Map(
    model.checks.map(c => [c.definition.id, c.definition]),
  );
  const failures: GateFailure[] = [];
  for (const result of results) {
    if (result.evaluation.outcome !== 'scored') {
      continue;
    }
    const entity = result as LocatedEvaluation<ScoredEntity>;
    const current = entity.evaluation.stage.number;
    if (current >= minStage) {
      continue;
    }
    const inRange = (stage: number | null): stage is number =>
      stage !== null && stage > current && stage <= minStage;
    const reasons: GateReason[] = [];
    const applicableGates = new Set<number>();
    for (const check of entity.evaluation.checks) {
      const definition = definitions.get(check.id);
      if (!definition || !inRange(definition.stage)) {
        continue;
      }
      if (check.status !== 'not-applicable') {
        applicableGates.add(definition.stage);
      }
      if (check.status === 'fail') {
        reasons.push({
          checkId: check.id,
          title: definition.title,
          gatesStage: definition.stage,
          message: check.message,
          remediation: definition.remediation,
        });
      }
    }
    reasons.sort((a, b) => a.gatesStage - b.gatesStage);
    const unreachableStages: number[] = [];
    for (let stage = current + 1; stage <= minStage; stage++) {
      if (!applicableGates.has(stage)) {
        unreachableStages.push(stage);
      }
    }
    failures.push({ entity, reasons, unreachableStages });
  }
  return { minStage, failures };
}
