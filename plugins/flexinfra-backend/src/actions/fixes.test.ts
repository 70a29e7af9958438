import type {
  EntityScorecard,
  ScorecardCheck,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { listFailingChecks, planNextFixes } from './fixes';

function check(
  id: string,
  status: ScorecardCheck['status'],
  stage: number | null,
  weight: number,
  template: string | null = null,
): ScorecardCheck {
  return {
    id,
    title: `Title of ${id}`,
    dimension: 'infrastructure-as-code',
    stage,
    weight,
    status,
    message: `${id} is ${status}`,
    evidence: [],
    remediation: `Fix ${id}`,
    docsUrl: `https://docs.example/${id}`,
    template,
    waiver: null,
  };
}

function scorecard(
  checks: ScorecardCheck[],
  missing: string[] | null,
): EntityScorecard {
  return {
    entityRef: 'component:default/svc',
    outcome: 'scored',
    stage: { number: 2, name: 'Standardised but Rigid' },
    nextStage: missing
      ? { number: 3, name: 'Elastic & Programmable', missing }
      : null,
    score: 50,
    doraScore: 2.5,
    dimensions: [],
    checks,
    error: null,
    repository: null,
    modelVersion: 'v1',
    computedAt: '2026-12-01T00:00:00.000Z',
    changedAt: '2026-12-01T00:00:00.000Z',
  };
}

const CHECKS = [
  check('owned', 'pass', 2, 2),
  check('ci', 'pass', 2, 2),
  check('iac', 'fail', 3, 3, 'template:default/adopt-iac'),
  check('autoscaling', 'fail', 3, 1),
  check('runbook', 'fail', 3, 1, 'template:default/runbook'),
  check('multi-region', 'fail', 4, 2),
  check('cost-tags', 'fail', null, 1),
  check('backups', 'waived', 3, 2),
  check('preview', 'not-applicable', 4, 5),
];

describe('listFailingChecks', () => {
  it('lists failing checks, the lowest gated stage first, then the heaviest, score-only ones last', () => {
    expect(listFailingChecks(scorecard(CHECKS, null)).map(c => c.id)).toEqual([
      'iac',
      'autoscaling',
      'runbook',
      'multi-region',
      'cost-tags',
    ]);
    expect(listFailingChecks(scorecard(CHECKS, null))[0]).toEqual({
      id: 'iac',
      title: 'Title of iac',
      dimension: 'infrastructure-as-code',
      stage: 3,
      weight: 3,
      message: 'iac is fail',
      remediation: 'Fix iac',
      docsUrl: 'https://docs.example/iac',
      template: 'template:default/adopt-iac',
    });
  });
});

describe('planNextFixes', () => {
  it('gives the checks gating the next stage, the lightest first, a template breaking ties, with score gains', () => {
    const plan = planNextFixes(
      scorecard(CHECKS, ['iac', 'autoscaling', 'runbook']),
    );
    expect(plan.nextStage).toEqual({
      number: 3,
      name: 'Elastic & Programmable',
    });
    expect(plan.fixes.map(f => [f.id, f.scoreGain])).toEqual([
      // Counted weight: pass 2 + 2, fail 3 + 1 + 1 + 2 + 1 = 12 (waived
      // and not-applicable checks do not count).
      ['runbook', 8.3],
      ['autoscaling', 8.3],
      ['iac', 25],
    ]);
    expect(plan.fixes[0]).toMatchObject({
      remediation: 'Fix runbook',
      template: 'template:default/runbook',
    });
    // (4 passing + 5 fixed) / 12.
    expect(plan.scoreAfter).toBe(75);
  });

  it('has nothing to fix without a next stage or a score', () => {
    expect(planNextFixes(scorecard(CHECKS, null))).toEqual({
      nextStage: null,
      fixes: [],
      scoreAfter: null,
    });
    expect(
      planNextFixes({
        ...scorecard([], ['x']),
        outcome: 'invalid',
        score: null,
        stage: null,
      }),
    ).toEqual({ nextStage: null, fixes: [], scoreAfter: null });
  });
});
