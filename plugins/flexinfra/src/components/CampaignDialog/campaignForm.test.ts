import type { Campaign } from '@flexinfra/backstage-plugin-flexinfra-common';
import {
  campaignFormOf,
  checkCampaignForm,
  errorsFromBackend,
  newCampaignForm,
  toCampaignInput,
  type CampaignFormValues,
} from './campaignForm';

const model = {
  stageCount: 5,
  checkIds: new Set(['iac-managed', 'autoscaling']),
};

function form(values: Partial<CampaignFormValues> = {}): CampaignFormValues {
  return {
    ...newCampaignForm('2027-01-01'),
    title: 'Everything as code',
    owner: 'group:default/platform',
    scopeRef: 'group:default/payments',
    ...values,
  };
}

describe('newCampaignForm', () => {
  it('starts today and is due in 90 days, aiming at stage 3', () => {
    expect(newCampaignForm('2027-01-01')).toMatchObject({
      startDate: '2027-01-01',
      dueDate: '2027-04-01',
      targetType: 'stage',
      stage: 3,
      scopeType: 'group',
      milestones: [],
    });
  });
});

describe('checkCampaignForm', () => {
  it('turns a valid form into the input the backend takes', () => {
    const result = checkCampaignForm(
      form({
        targetType: 'checks',
        checks: ['iac-managed'],
        owner: ' Group:Default/Platform ',
        milestones: [
          { date: '2027-03-01', percent: '80' },
          { date: '2027-02-01', percent: '50' },
        ],
      }),
      model,
    );

    expect(result).toEqual({
      ok: true,
      input: {
        title: 'Everything as code',
        description: '',
        owner: 'group:default/platform',
        scope: { type: 'group', ref: 'group:default/payments' },
        target: { checks: ['iac-managed'] },
        startDate: '2027-01-01',
        dueDate: '2027-04-01',
        // Sorted by date, shares as fractions.
        milestones: [
          { date: '2027-02-01', share: 0.5 },
          { date: '2027-03-01', share: 0.8 },
        ],
      },
    });
  });

  it('reads the filters scope from comma-separated lists', () => {
    const values = form({
      scopeType: 'filters',
      scopeFilters: {
        ...form().scopeFilters,
        kind: 'component, resource',
        lifecycle: ' production ',
      },
    });
    expect(toCampaignInput(values).scope).toEqual({
      type: 'filters',
      filters: { kind: ['component', 'resource'], lifecycle: ['production'] },
    });
  });

  it('names each field with a problem', () => {
    const result = checkCampaignForm(
      form({
        title: '  ',
        owner: 'system:default/shop',
        scopeRef: '',
        targetType: 'checks',
        checks: ['iac-managed', 'no-such-check'],
        startDate: '2027-05-01',
        dueDate: '2027-04-01',
        milestones: [{ date: '2027-04-15', percent: '150' }],
      }),
      model,
    );

    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(Object.keys(errors).sort()).toEqual([
      'milestones[0].share',
      'scope.ref',
      'title',
    ]);
    expect(errors['milestones[0].share']).toBe(
      'must be a percentage above 0, at most 100',
    );
    expect(errors.title).toBe('must not be empty');
  });

  it('reports the model and date problems once the shape is right', () => {
    const result = checkCampaignForm(
      form({
        owner: 'system:default/shop',
        targetType: 'checks',
        checks: ['iac-managed', 'no-such-check'],
        startDate: '2027-05-01',
        dueDate: '2027-04-01',
      }),
      model,
    );

    expect(result).toEqual({
      ok: false,
      errors: {
        owner: 'must be a group or user ref, not a system ref',
        'target.checks': "there is no check 'no-such-check' in the model",
        dueDate: 'must not be before startDate (2027-05-01)',
      },
    });
  });

  it('asks for a check when the target is checks and none is chosen', () => {
    const result = checkCampaignForm(
      form({ targetType: 'checks', checks: [] }),
      model,
    );
    expect(result).toEqual({
      ok: false,
      errors: { 'target.checks': 'must name a check' },
    });
  });

  it('refuses an empty filters scope, which would be the whole catalog', () => {
    const result = checkCampaignForm(form({ scopeType: 'filters' }), model);
    expect(result).toEqual({
      ok: false,
      errors: {
        'scope.filters':
          'must select something: an empty scope is the whole catalog',
      },
    });
  });
});

describe('campaignFormOf', () => {
  it('holds a stored campaign so that saving it unchanged gives the same input', () => {
    const campaign: Campaign = {
      id: '7',
      status: 'active',
      createdBy: 'user:default/ada',
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
      title: 'Production autoscales',
      description: 'Elastic production services.',
      owner: 'group:default/platform',
      scope: {
        type: 'filters',
        filters: { lifecycle: ['production'], kind: ['component'] },
      },
      target: { checks: ['autoscaling'] },
      startDate: '2027-01-01',
      dueDate: '2027-06-30',
      milestones: [{ date: '2027-03-31', share: 0.333 }],
    };

    const values = campaignFormOf(campaign);
    expect(values.scopeFilters.lifecycle).toBe('production');
    expect(values.milestones).toEqual([
      { date: '2027-03-31', percent: '33.3' },
    ]);

    const { id, status, createdBy, createdAt, updatedAt, ...input } = campaign;
    expect(checkCampaignForm(values, model)).toEqual({
      ok: true,
      input,
    });
  });
});

describe('errorsFromBackend', () => {
  it("reads the backend's problems by field", () => {
    expect(
      errorsFromBackend(
        'Invalid campaign: owner no entity group:default/nobody in the catalog; scope.ref no entity group:default/gone in the catalog',
      ),
    ).toEqual({
      owner: 'no entity group:default/nobody in the catalog',
      'scope.ref': 'no entity group:default/gone in the catalog',
    });
  });

  it("puts a check's or a filter value's problem on its list's field", () => {
    expect(
      errorsFromBackend(
        "Invalid campaign: scope.filters.owner[1] no entity group:default/gone in the catalog; target.checks[0] there is no check 'x' in the model",
      ),
    ).toEqual({
      'scope.filters.owner': 'no entity group:default/gone in the catalog',
      'target.checks': "there is no check 'x' in the model",
    });
  });

  it('is undefined for any other message', () => {
    expect(
      errorsFromBackend('You may not create a FlexInfra campaign'),
    ).toBeUndefined();
  });
});
