import { describeScope, describeTarget } from './describeCampaign';

describe('describeScope', () => {
  it('names a group with its teams, a system and a domain', () => {
    expect(
      describeScope({ type: 'group', ref: 'group:default/payments' }),
    ).toBe('payments and its teams');
    expect(describeScope({ type: 'system', ref: 'system:default/shop' })).toBe(
      'system shop',
    );
    expect(describeScope({ type: 'domain', ref: 'domain:ops/retail' })).toBe(
      'domain ops/retail',
    );
  });

  it('lists the filters that select something', () => {
    expect(
      describeScope({
        type: 'filters',
        filters: {
          lifecycle: ['production'],
          kind: ['component', 'resource'],
          owner: [],
        },
      }),
    ).toBe('lifecycle production; kind component, resource');
  });
});

describe('describeTarget', () => {
  it('names a stage, and checks by their titles where known', () => {
    expect(describeTarget({ stage: 3 })).toBe(
      'Stage 3 · Elastic & Programmable',
    );
    expect(
      describeTarget(
        { checks: ['iac-managed', 'gone'] },
        new Map([['iac-managed', 'Managed as code']]),
      ),
    ).toBe('Pass: Managed as code, gone');
  });
});
