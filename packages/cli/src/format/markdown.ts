import {
  getMaturityStage,
  type ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { LocatedRepository, Report } from '../types';
import {
  invalidOf,
  nextStepOf,
  scoredOf,
  stageLabel,
  summaryLine,
} from './common';

/** Text safe inside a GitHub-flavoured markdown table cell. */
export function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/**
 * A short line under the entity's ref saying which repository its evidence
 * was read from; empty when none was (`--no-repo`, or no git work tree).
 */
function evidenceNote(repository: LocatedRepository | undefined): string {
  if (!repository) {
    return '';
  }
  if (!repository.analyzed) {
    return `<br>repository ${escapeCell(
      code(repository.root),
    )} could not be read`;
  }
  const problems =
    repository.problems === 0
      ? ''
      : ` (${repository.problems} ${
          repository.problems === 1 ? 'problem' : 'problems'
        }, see the warnings)`;
  return `<br>evidence from ${escapeCell(code(repository.root))}${problems}`;
}

function nextStepCell(report: Report, entity: ScoredEntity): string {
  const step = nextStepOf(report.model, entity);
  switch (step.kind) {
    case 'top':
      return 'Top stage reached.';
    case 'unreachable':
      return `No check gating stage ${stageLabel(step.stage)} applies to it.`;
    default:
      return [
        `To reach **${stageLabel(step.stage)}**:`,
        ...step.checks.map(
          c => `${code(c.id)} ${escapeCell(c.remediation || c.title)}`,
        ),
      ].join('<br>');
  }
}

function gateSection(report: Report): string[] {
  const { gate } = report;
  if (!gate) {
    return [];
  }
  const target = stageLabel(getMaturityStage(gate.minStage));
  if (gate.failures.length === 0) {
    return [
      `**Gate passed:** every scored entity is at stage ${target} or above.`,
      '',
    ];
  }
  const lines = [
    `**Gate failed:** ${gate.failures.length} of ${
      scoredOf(report).length
    } scored entities are below stage ${target}.`,
    '',
  ];
  for (const { entity, reasons, unreachableStages } of gate.failures) {
    lines.push(
      `- ${code(entity.evaluation.entityRef)} (${code(
        `${entity.file}:${entity.line}`,
      )}) is at stage ${stageLabel(entity.evaluation.stage)}:`,
    );
    for (const reason of reasons) {
      lines.push(
        `  - ${code(reason.checkId)} (stage ${reason.gatesStage}): ${
          reason.message
        } _${reason.remediation}_`,
      );
    }
    for (const stage of unreachableStages) {
      lines.push(`  - no check gating stage ${stage} applies to it`);
    }
  }
  lines.push('');
  return lines;
}

/**
 * GitHub-flavoured markdown for a pull-request comment: a table of the scored
 * entities (each with the repository its evidence came from) with the next
 * step for each (the failing checks of the next stage
 * and their remediation), the invalid entities, the gate's outcome when
 * `--min-stage` is given, and the summary.
 */
export function formatMarkdown(report: Report): string {
  const lines = ['## FlexInfra maturity', ''];
  const scored = scoredOf(report);
  if (scored.length > 0) {
    lines.push(
      '| Entity | Stage | Score | DORA | Next step |',
      '| :-- | :-- | --: | --: | :-- |',
    );
    for (const { evaluation: e, repository } of scored) {
      lines.push(
        `| ${[
          code(e.entityRef) + evidenceNote(repository),
          escapeCell(stageLabel(e.stage)),
          e.score.toFixed(1),
          e.doraScore.toFixed(1),
          nextStepCell(report, e),
        ].join(' | ')} |`,
      );
    }
    lines.push('');
  } else {
    lines.push('No entity was scored.', '');
  }
  const invalid = invalidOf(report);
  if (invalid.length > 0) {
    lines.push(
      '### Invalid entities (not scored)',
      '',
      '| File | Entity | Problem |',
      '| :-- | :-- | :-- |',
    );
    for (const { evaluation, file, line } of invalid) {
      lines.push(
        `| ${code(`${file}:${line}`)} | ${code(
          evaluation.entityRef,
        )} | ${escapeCell(evaluation.error)} |`,
      );
    }
    lines.push('');
  }
  lines.push(...gateSection(report));
  lines.push(`_${escapeCell(summaryLine(report))}_`);
  return `${lines.join('\n')}\n`;
}
