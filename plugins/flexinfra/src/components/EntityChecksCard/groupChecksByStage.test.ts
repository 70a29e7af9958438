import type { ScorecardCheck } from '../../api';
import { groupChecksByStage, groupProgress } from './groupChecksByStage';

function check(
  id: string,
  stage: number | null,
  status: ScorecardCheck['status'] = 'pass',
): ScorecardCheck {
  return {
    id,
    title: id,
    dimension: 'operational-excellence',
    stage,
    weight: 1,
    status,
    message: '',
    evidence: [],
    remediation: '',
    docsUrl: '',
    template: null,
    waiver: null,
  };
}

describe('groupChecksByStage', () => {
  it('groups by gated stage, lowest first, score-only last, keeping the order within', () => {
    const groups = groupChecksByStage([
      check('quality', null),
      check('monitored', 4),
      check('owned', 2),
      check('iac', 3),
      check('documented', 2),
      check('api', null),
    ]);

    expect(
      groups.map(g => [g.stage, g.title, g.checks.map(c => c.id)]),
    ).toEqual([
      [2, 'Stage 2 · Standardised but Rigid', ['owned', 'documented']],
      [3, 'Stage 3 · Elastic & Programmable', ['iac']],
      [4, 'Stage 4 · Resilient & Optimised', ['monitored']],
      [null, 'Score only', ['quality', 'api']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupChecksByStage([check('iac', 3)]).map(g => g.stage)).toEqual([
      3,
    ]);
    expect(groupChecksByStage([])).toEqual([]);
  });

  it('counts waived checks as done and leaves out not-applicable ones', () => {
    expect(
      groupProgress([
        check('a', 2, 'pass'),
        check('b', 2, 'waived'),
        check('c', 2, 'fail'),
        check('d', 2, 'not-applicable'),
      ]),
    ).toBe('2 of 3 passed or waived');
  });
});
