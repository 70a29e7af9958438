import type { ScorecardRepository } from '@flexinfra/backstage-plugin-flexinfra-common';

/** Problems a scorecard lists at most; the rest are counted. */
export const MAX_SCORECARD_PROBLEMS = 50;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemsOf(value: unknown): ScorecardRepository['problems'] {
  const problems = (Array.isArray(value) ? value : []).filter(
    (p): p is { path: string; message: string } =>
      isObject(p) &&
      typeof p.path === 'string' &&
      typeof p.message === 'string',
  );
  if (problems.length <= MAX_SCORECARD_PROBLEMS) {
    return problems.map(({ path, message }) => ({ path, message }));
  }
  return [
    ...problems
      .slice(0, MAX_SCORECARD_PROBLEMS)
      .map(({ path, message }) => ({ path, message })),
    {
      path: '.',
      message: `and ${problems.length - MAX_SCORECARD_PROBLEMS} more problems`,
    },
  ];
}

/**
 * What a scorecard says about the entity's repository, from the facts the
 * `repository` provider gave the entity: where it is, whether it was read
 * and why not, and the problems met reading it. Null when the entity got no
 * repository facts (reading is off, or not for its kind, or it has no
 * repository).
 */
export function toScorecardRepository(
  facts: Record<string, unknown> | undefined,
): ScorecardRepository | null {
  const repository = facts?.repository;
  if (!isObject(repository) || typeof repository.target !== 'string') {
    return null;
  }
  return {
    target: repository.target,
    browseUrl:
      typeof repository.browseUrl === 'string' ? repository.browseUrl : null,
    analyzed: repository.analyzed === true,
    error: typeof repository.error === 'string' ? repository.error : null,
    problems: problemsOf(repository.problems),
  };
}
