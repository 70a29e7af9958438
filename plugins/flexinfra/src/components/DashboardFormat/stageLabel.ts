import type { MaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';

/** The stage numbers of the model's ladder, as the summaries key them. */
export const STAGE_KEYS = ['1', '2', '3', '4', '5'] as const;

/**
 * A stage's label, number and name together ("4 · Resilient & Optimised"),
 * or just "Stage 4" when the model does not name it.
 */
export function stageLabel(
  stages: readonly MaturityStage[],
  stageNumber: number,
): string {
  const stage = stages.find(s => s.number === stageNumber);
  return stage ? `${stage.number} · ${stage.name}` : `Stage ${stageNumber}`;
}
