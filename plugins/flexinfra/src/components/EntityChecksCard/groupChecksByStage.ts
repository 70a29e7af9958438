import type { ScorecardCheck } from '../../api';
import { stageName } from '../shared';

/** The checks that gate one stage, or those that only count towards the score. */
export interface CheckGroup {
  /** The stage gated, or null for the "score only" checks. */
  stage: number | null;
  title: string;
  checks: ScorecardCheck[];
}

/**
 * The checks grouped by the stage they gate, lowest stage first, then the
 * checks that only count towards the score. Within a group, the backend's
 * order is kept. Groups without checks are left out.
 */
export function groupChecksByStage(checks: ScorecardCheck[]): CheckGroup[] {
  const byStage = new Map<number | null, ScorecardCheck[]>();
  for (const check of checks) {
    const list = byStage.get(check.stage) ?? [];
    list.push(check);
    byStage.set(check.stage, list);
  }
  const stages = [...byStage.keys()]
    .filter((stage): stage is number => stage !== null)
    .sort((a, b) => a - b);
  const groups: CheckGroup[] = stages.map(stage => ({
    stage,
    title: `Stage ${stage} · ${stageName(stage)}`,
    checks: byStage.get(stage)!,
  }));
  const scoreOnly = byStage.get(null);
  if (scoreOnly) {
    groups.push({ stage: null, title: 'Score only', checks: scoreOnly });
  }
  return groups;
}

/** "3 of 4 passed or waived" (waived checks count as passing a stage's gate). */
export function groupProgress(checks: ScorecardCheck[]): string {
  const applicable = checks.filter(c => c.status !== 'not-applicable');
  const done = applicable.filter(c => c.status !== 'fail').length;
  return `${done} of ${applicable.length} passed or waived`;
}
