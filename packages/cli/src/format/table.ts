import type { ScoredEntity } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { Report } from '../types';
import {
  invalidOf,
  nextStepOf,
  scoredOf,
  stageLabel,
  summaryLine,
} from './common';

const HEADER = ['ENTITY', 'STAGE', 'SCORE', 'DORA', 'NEXT STAGE NEEDS'];
const RIGHT_ALIGNED = [false, false, true, true, false];

function nextCell(report: Report, entity: ScoredEntity): string {
  const step = nextStepOf(report.model, entity);
  switch (step.kind) {
    case 'top':
      return '-';
    case 'unreachable':
      return `${step.stage.number}: no gating check applies`;
    default:
      return `${step.stage.number}: ${step.checks.map(c => c.id).join(', ')}`;
  }
}

/** Rows as aligned columns, two spaces apart, without trailing spaces. */
export function alignColumns(rows: string[][], rightAligned: boolean[]) {
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map(row => row[i].length)),
  );
  return rows.map(row =>
    row
      .map((cell, i) => {
        if (rightAligned[i]) {
          return cell.padStart(widths[i]);
        }
        return i === row.length - 1 ? cell : cell.padEnd(widths[i]);
      })
      .join('  ')
      .trimEnd(),
  );
}

/**
 * A table for terminals: one row per scored entity (entity, stage, score,
 * DORA score, the failing checks that gate the next stage), then the invalid
 * entities with file and line, then a one-line summary.
 */
export function formatTable(report: Report): string {
  const lines: string[] = [];
  const scored = scoredOf(report);
  if (scored.length > 0) {
    const rows = scored.map(({ evaluation: e }) => [
      e.entityRef,
      stageLabel(e.stage),
      e.score.toFixed(1),
      e.doraScore.toFixed(1),
      nextCell(report, e),
    ]);
    lines.push(...alignColumns([HEADER, ...rows], RIGHT_ALIGNED));
  } else {
    lines.push('No entity was scored.');
  }
  const invalid = invalidOf(report);
  if (invalid.length > 0) {
    lines.push('', 'Invalid entities (not scored):');
    for (const { evaluation, file, line } of invalid) {
      lines.push(
        `  ${file}:${line}  ${evaluation.entityRef}: ${evaluation.error}`,
      );
    }
  }
  lines.push('', summaryLine(report));
  return `${lines.join('\n')}\n`;
}
