import type { EntityEvaluation } from '../engine/types';

/**
 * What is wrong with the shape of an evaluation, as readable lines (empty
 * when nothing is), so that a test can assert `toEqual([])` for many
 * evaluations at once and see every problem when it fails.
 */
export function evaluationProblems(
  evaluation: EntityEvaluation,
  modelVersion: string,
  checkCount: number,
): string[] {
  const problems: string[] = [];
  const where = String(evaluation?.entityRef);
  const outcome: string = evaluation?.outcome;
  if (!['scored', 'not-applicable', 'invalid'].includes(outcome)) {
    problems.push(`${where}: unknown outcome ${outcome}`);
  }
  if (evaluation?.modelVersion !== modelVersion) {
    problems.push(`${where}: model version ${evaluation?.modelVersion}`);
  }
  if (typeof evaluation?.entityRef !== 'string' || !evaluation.entityRef) {
    problems.push(`${where}: no entityRef`);
  }
  if (evaluation.outcome === 'invalid' && !/\S/.test(evaluation.error ?? '')) {
    problems.push(`${where}: invalid without an error message`);
  }
  if (evaluation.outcome === 'scored') {
    const { stage, score, doraScore, checks, dimensions } = evaluation;
    if (!(stage.number >= 1 && stage.number <= 5)) {
      problems.push(`${where}: stage ${stage.number}`);
    }
    if (!(score >= 0 && score <= 100)) {
      problems.push(`${where}: score ${score}`);
    }
    if (!(doraScore >= 1 && doraScore <= 4)) {
      problems.push(`${where}: DORA score ${doraScore}`);
    }
    if (checks.length !== checkCount) {
      problems.push(`${where}: ${checks.length} check results`);
    }
    if (checks.some(c => !c.message)) {
      problems.push(`${where}: a check result without a message`);
    }
    if (dimensions.length !== 7) {
      problems.push(`${where}: ${dimensions.length} dimensions`);
    }
  }
  return problems;
}
