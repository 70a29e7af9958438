import type { CheckEvidence } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { LocatedRepository, Report } from '../types';

/** One element of `--format json`'s array for a scored entity. */
export interface JsonScoredEntry {
  entityRef: string;
  stage: { number: number; name: string };
  score: number;
  doraScore: number;
  dimensions: Array<{ id: string; score: number | null }>;
  /** Each check with, when it passes, its evidence and where it came from. */
  checks: Array<{
    id: string;
    status: string;
    message: string;
    evidence: CheckEvidence[];
  }>;
  /** The repository evidence was read from; null when none was. */
  repository: LocatedRepository | null;
  modelVersion: string;
  /** The next stage and the failing checks that gate it; null at stage 5. */
  nextStage: { number: number; name: string; missing: string[] } | null;
  file: string;
  line: number;
}

/** One element of `--format json`'s array for an entity the engine rejected. */
export interface JsonInvalidEntry {
  entityRef: string;
  error: string;
  modelVersion: string;
  file: string;
  line: number;
}

/**
 * A JSON array, in input order, of the scored entities and of the invalid
 * ones (told apart by `error`). Not-applicable entities are left out; the
 * summary, on stderr, counts them.
 */
export function formatJson(report: Report): string {
  const entries: Array<JsonScoredEntry | JsonInvalidEntry> = [];
  for (const { evaluation: e, file, line, repository } of report.results) {
    if (e.outcome === 'scored') {
      entries.push({
        entityRef: e.entityRef,
        stage: { number: e.stage.number, name: e.stage.name },
        score: e.score,
        doraScore: e.doraScore,
        dimensions: e.dimensions.map(d => ({ id: d.id, score: d.score })),
        checks: e.checks.map(c => ({
          id: c.id,
          status: c.status,
          message: c.message,
          evidence: c.evidence ?? [],
        })),
        repository: repository ?? null,
        modelVersion: e.modelVersion,
        nextStage: e.nextStage,
        file,
        line,
      });
    } else if (e.outcome === 'invalid') {
      entries.push({
        entityRef: e.entityRef,
        error: e.error,
        modelVersion: e.modelVersion,
        file,
        line,
      });
    }
  }
  return `${JSON.stringify(entries, null, 2)}\n`;
}
