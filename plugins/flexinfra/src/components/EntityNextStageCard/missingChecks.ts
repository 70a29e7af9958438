import type { EntityScorecard, ScorecardCheck } from '../../api';

/** The highest maturity stage. */
export const HIGHEST_STAGE = 5;

/**
 * The checks that keep the entity from its next stage, in the backend's
 * order. A missing id the scorecard has no check for still gets a row, titled
 * by its id.
 */
export function missingChecks(scorecard: EntityScorecard): ScorecardCheck[] {
  return (scorecard.nextStage?.missing ?? []).map(
    id =>
      scorecard.checks.find(check => check.id === id) ?? {
        id,
        title: id,
        dimension: '',
        stage: scorecard.nextStage?.number ?? null,
        weight: 0,
        status: 'fail',
        message: '',
        evidence: [],
        remediation: '',
        docsUrl: '',
        template: null,
        waiver: null,
      },
  );
}

/**
 * Why there is no next stage: the highest is reached, or no check of the
 * model gates the next stage for this entity (so it cannot be reached).
 */
export function noNextStageReason(scorecard: EntityScorecard): string {
  const stage = scorecard.stage?.number ?? 1;
  if (stage >= HIGHEST_STAGE) {
    return 'This entity has reached the highest stage.';
  }
  return `No check of the model gates stage ${
    stage + 1
  } for this entity, so it stays at stage ${stage}.`;
}
