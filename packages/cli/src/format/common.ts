import {
  getMaturityStage,
  type CompiledModel,
  type InvalidEntity,
  type ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { GateResult, LocatedEvaluation, Report } from '../types';

export function stageLabel(stage: { number: number; name: string }): string {
  return `${stage.number} ${stage.name}`;
}

export function scoredOf(report: Report): LocatedEvaluation<ScoredEntity>[] {
  return report.results.filter(
    (r): r is LocatedEvaluation<ScoredEntity> =>
      r.evaluation.outcome === 'scored',
  );
}

export function invalidOf(report: Report): LocatedEvaluation<InvalidEntity>[] {
  return report.results.filter(
    (r): r is LocatedEvaluation<InvalidEntity> =>
      r.evaluation.outcome === 'invalid',
  );
}

/** What an entity needs for the next stage, in the model's words. */
export type NextStep =
  | { kind: 'top' }
  | { kind: 'unreachable'; stage: { number: number; name: string } }
  | {
      kind: 'missing';
      stage: { number: number; name: string };
      checks: Array<{ id: string; title: string; remediation: string }>;
    };

export function nextStepOf(
  model: CompiledModel,
  entity: ScoredEntity,
): NextStep {
  const { nextStage } = entity;
  if (nextStage) {
    const definitions = new Map(
      model.checks.map(c => [c.definition.id, c.definition]),
    );
    return {
      kind: 'missing',
      stage: { number: nextStage.number, name: nextStage.name },
      checks: nextStage.missing.map(id => ({
        id,
        title: definitions.get(id)?.title ?? id,
        remediation: definitions.get(id)?.remediation ?? '',
      })),
    };
  }
  if (entity.stage.number >= 5) {
    return { kind: 'top' };
  }
  // No failing gate for the next stage, yet not on it: no gating check of
  // that stage applies to this entity.
  const { number, name } = getMaturityStage(entity.stage.number + 1);
  return { kind: 'unreachable', stage: { number, name } };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The one-line summary: counts by outcome and stage, the model version, the
 * gate's outcome.
 */
export function summaryLine(report: Report): string {
  const scored = scoredOf(report);
  const byStage = [1, 2, 3, 4, 5]
    .map(stage => ({
      stage,
      count: scored.filter(s => s.evaluation.stage.number === stage).length,
    }))
    .filter(s => s.count > 0)
    .map(s => `stage ${s.stage}: ${s.count}`);
  const notApplicable = report.results.filter(
    r => r.evaluation.outcome === 'not-applicable',
  ).length;
  const parts = [
    `${scored.length} ${scored.length === 1 ? 'entity' : 'entities'} scored${
      byStage.length > 0 ? ` (${byStage.join(', ')})` : ''
    }`,
    `${notApplicable} not applicable`,
    `${invalidOf(report).length} invalid`,
  ];
  if (report.inputErrorCount > 0) {
    parts.push(plural(report.inputErrorCount, 'input error'));
  }
  parts.push(`model ${report.model.version}`);
  if (report.gate) {
    const below = report.gate.failures.length;
    parts.push(
      below === 0
        ? `--min-stage ${report.gate.minStage} passed`
        : `--min-stage ${report.gate.minStage} FAILED: ${below} below stage ${report.gate.minStage}`,
    );
  }
  return `${parts.join('; ')}.`;
}

/** Why the gate failed, for the terminal (stderr). Empty when it passed. */
export function describeGateFailures(gate: GateResult): string {
  if (gate.failures.length === 0) {
    return '';
  }
  const target = stageLabel(getMaturityStage(gate.minStage));
  const lines = [
    `flexinfra: --min-stage ${gate.minStage} failed: ${
      gate.failures.length === 1
        ? '1 entity is'
        : `${gate.failures.length} entities are`
    } below stage ${target}.`,
  ];
  for (const { entity, reasons, unreachableStages } of gate.failures) {
    lines.push(
      `  ${entity.evaluation.entityRef} (${entity.file}:${
        entity.line
      }) is at stage ${stageLabel(entity.evaluation.stage)}:`,
    );
    for (const reason of reasons) {
      lines.push(
        `    - ${reason.checkId} (gates stage ${reason.gatesStage}): ${reason.message}`,
        `      Fix: ${reason.remediation}`,
      );
    }
    for (const stage of unreachableStages) {
      lines.push(
        `    - no check gating stage ${stage} applies to it, so it cannot reach stage ${stage} with this model`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
