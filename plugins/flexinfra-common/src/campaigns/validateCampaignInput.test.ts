import { validateCampaignInput } from './validateCampaignInput';

const model = {
  stageCount: 5,
  checkIds: new Set(['iac-managed', 'autoscaling']),
};

const valid = {
  title: '  IaC for payments  ',
  owner: 'group:platform',
  scope: { type: 'group', ref: 'Group:default/Payments' },
  target: { stage: 3 },
  startDate: '2027-01-01',
  dueDate: '2027-03-31',
  milestones: [
    { date: '2027-03-01', share: 0.8 },
    { date: '2027-02-01', share: 0.5 },
  ],
};

function problemsOf(input: unknown) {
  const result = validateCampaignInput(input, model);
  if (result.ok) {
    throw new Error('expected problems, got a valid campaign');
  }
  return result.problems;
}

describe('validateCampaignInput', () => {
  it('accepts a campaign, filling in defaults and normalising refs and milestones', () => {
    expect(validateCampaignInput(valid, model)).toEqual({
      ok: true,
      value: {
        title: 'IaC for payments',
        description: '',
        owner: 'group:default/platform',
        scope: { type: 'group', ref: 'group:default/payments' },
        target: { stage: 3 },
        startDate: '2027-01-01',
        dueDate: '2027-03-31',
        milestones: [
          { date: '2027-02-01', share: 0.5 },
          { date: '2027-03-01', share: 0.8 },
        ],
      },
    });
  });

  it('accepts a set of checks and a scope of filters', () => {
    const result = validateCampaignInput(
      {
        ...valid,
        scope: { type: 'filters', filters: { lifecycle: ['production'] } },
        target: { checks: ['autoscaling'] },
        milestones: undefined,
      },
      model,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        scope: { type: 'filters', filters: { lifecycle: ['production'] } },
        target: { checks: ['autoscaling'] },
        milestones: [],
      },
    });
  });

  it('writes the refs of a filters scope in full, and lower-cases its values', () => {
    const result = validateCampaignInput(
      {
        ...valid,
        scope: {
          type: 'filters',
          filters: {
            owner: ['Payments', 'user:ada'],
            system: ['shop'],
            domain: ['ops/Retail'],
            kind: ['Component'],
            lifecycle: ['Production'],
          },
        },
      },
      model,
    );
    expect(result.ok && result.value.scope).toEqual({
      type: 'filters',
      filters: {
        owner: ['group:default/payments', 'user:default/ada'],
        system: ['system:default/shop'],
        domain: ['domain:ops/retail'],
        kind: ['component'],
        lifecycle: ['production'],
      },
    });
  });

  it('names a filter ref of the wrong kind by its index', () => {
    const result = validateCampaignInput(
      {
        ...valid,
        scope: {
          type: 'filters',
          filters: { owner: ['payments', 'system:shop'] },
        },
      },
      model,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'scope.filters.owner[1]',
          message: 'must be a group or user ref, not a system ref',
        },
      ],
    });
  });

  it('names each field that is wrong', () => {
    expect(
      problemsOf({
        ...valid,
        owner: 'component:default/svc',
        scope: { type: 'system', ref: 'group:default/payments' },
        target: { checks: ['iac-managed', 'no-such-check'] },
        startDate: '2027-04-01',
        milestones: [{ date: '2027-05-01', share: 0.5 }],
      }),
    ).toEqual([
      {
        field: 'owner',
        message: 'must be a group or user ref, not a component ref',
      },
      { field: 'scope.ref', message: 'must be a system ref, not a group ref' },
      {
        field: 'target.checks[1]',
        message: "there is no check 'no-such-check' in the model",
      },
      {
        field: 'dueDate',
        message: 'must not be before startDate (2027-04-01)',
      },
      {
        field: 'milestones[0].date',
        message: 'must be within the campaign, 2027-04-01 to 2027-03-31',
      },
    ]);
  });

  it('refuses an empty scope, a stage off the ladder, and milestones that fall or collide', () => {
    expect(
      problemsOf({
        ...valid,
        scope: { type: 'filters', filters: { kind: [] } },
        target: { stage: 6 },
        milestones: [
          { date: '2027-02-01', share: 0.5 },
          { date: '2027-03-01', share: 0.4 },
          { date: '2027-03-01', share: 0.6 },
        ],
      }).map(problem => problem.field),
    ).toEqual(['scope.filters', 'target.stage', 'milestones', 'milestones']);
  });

  it('refuses malformed input by its key path', () => {
    const fields = (input: unknown) =>
      problemsOf(input).map(problem => problem.field);
    expect(fields({ ...valid, title: '   ' })).toEqual(['title']);
    expect(fields({ ...valid, startDate: '2027-02-30' })).toEqual([
      'startDate',
    ]);
    expect(fields({ ...valid, dueDate: '31/03/2027' })).toEqual(['dueDate']);
    expect(
      fields({ ...valid, milestones: [{ date: '2027-02-01', share: 1.5 }] }),
    ).toEqual(['milestones[0].share']);
    expect(fields({ ...valid, scope: { type: 'team', ref: 'x' } })).toEqual([
      'scope.type',
    ]);
    expect(fields({ ...valid, owner: 'not a ref:/' })).toEqual(['owner']);
    expect(fields({ ...valid, extra: true })).toEqual(['(body)']);
    expect(fields('a string')).toEqual(['(body)']);
  });
});
