import type {
  EntityScorecard,
  ScorecardCheck,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/** A failing check with how to fix it. */
export interface FailingCheck {
  id: string;
  title: string;
  dimension: string;
  stage: number | null;
  weight: number;
  message: string;
  remediation: string;
  docsUrl: string;
  template: string | null;
}

/** A check to fix next, with the points it adds to the score. */
export interface NextFix extends FailingCheck {
  /** Points (0-100 scale, one decimal) the score gains when it passes. */
  scoreGain: number;
}

/** What to fix next for an entity. */
export interface NextFixesPlan {
  /** The stage the fixes reach, or null when no check gates a next stage. */
  nextStage: { number: number; name: string } | null;
  /** Every failing check gating the next stage, cheapest first. */
  fixes: NextFix[];
  /** The score once they all pass, or null without fixes. */
  scoreAfter: number | null;
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

function toFailingCheck(check: ScorecardCheck): FailingCheck {
  return {
    id: check.id,
    title: check.title,
    dimension: check.dimension,
    stage: check.stage,
    weight: check.weight,
    message: check.message,
    remediation: check.remediation,
    docsUrl: check.docsUrl,
    template: check.template,
  };
}

/**
 * The checks an entity fails (waived ones are not failing), those gating
 * the lowest stage first, then the heaviest, then by id; checks that only
 * count towards the score come last.
 */
export function listFailingChecks(scorecard: EntityScorecard): FailingCheck[] {
  const stageOrder = (stage: number | null) => stage ?? Number.MAX_VALUE;
  return scorecard.checks
    .filter(check => check.status === 'fail')
    .sort(
      (a, b) =>
        stageOrder(a.stage) - stageOrder(b.stage) ||
        b.weight - a.weight ||
        a.id.localeCompare(b.id, 'en'),
    )
    .map(toFailingCheck);
}

/**
 * The failing checks that gate the entity's next stage (all of them must
 * pass to reach it), cheapest first. Cheapest means: the lowest weight
 * first (the model weighs a check by how much of the capability it stands
 * for, so a light check is the smaller piece of work), then checks with a
 * scaffolder template that fixes them, then by id. Each says how many
 * points the score gains when it passes: its weight over the weight of
 * every applicable, unwaived check, as the score is computed.
 */
export function planNextFixes(scorecard: EntityScorecard): NextFixesPlan {
  const next = scorecard.nextStage;
  if (scorecard.outcome !== 'scored' || !next || scorecard.score === null) {
    return { nextStage: null, fixes: [], scoreAfter: null };
  }
  const counted = scorecard.checks
    .filter(check => check.status === 'pass' || check.status === 'fail')
    .reduce((sum, check) => sum + check.weight, 0);
  const passed = scorecard.checks
    .filter(check => check.status === 'pass')
    .reduce((sum, check) => sum + check.weight, 0);
  const missing = new Set(next.missing);
  const gating = scorecard.checks.filter(
    check => check.status === 'fail' && missing.has(check.id),
  );
  const fixes = gating
    .sort(
      (a, b) =>
        a.weight - b.weight ||
        Number(b.template !== null) - Number(a.template !== null) ||
        a.id.localeCompare(b.id, 'en'),
    )
    .map(check => ({
      ...toFailingCheck(check),
      scoreGain: counted > 0 ? roundToTenth((check.weight / counted) * 100) : 0,
    }));
  const fixedWeight = gating.reduce((sum, check) => sum + check.weight, 0);
  return {
    nextStage: { number: next.number, name: next.name },
    fixes,
    scoreAfter:
      counted > 0
        ? roundToTenth(((passed + fixedWeight) / counted) * 100)
        : null,
  };
}
