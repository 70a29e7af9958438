import type { Campaign } from '../../api';
import { rollupCampaigns } from './rollupCampaigns';

function campaign(
  id: string,
  owner: string,
  scope: Campaign['scope'],
): Campaign {
  return {
    id,
    owner,
    scope,
    status: 'active',
    title: id,
    description: '',
    target: { stage: 3 },
    startDate: '2027-01-01',
    dueDate: '2027-03-31',
    milestones: [],
    createdBy: 'user:default/ada',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
  };
}

describe('rollupCampaigns', () => {
  const campaigns = [
    campaign('runs', 'group:default/payments', {
      type: 'system',
      ref: 'system:default/shop',
    }),
    campaign('aimed', 'group:default/platform', {
      type: 'group',
      ref: 'group:default/payments',
    }),
    campaign('filtered', 'group:default/platform', {
      type: 'filters',
      filters: { owner: ['group:default/payments'], lifecycle: ['production'] },
    }),
    campaign('other', 'group:default/platform', {
      type: 'domain',
      ref: 'domain:default/retail',
    }),
  ];

  it('keeps the campaigns a group runs or is the scope of', () => {
    expect(
      rollupCampaigns('group:default/payments', campaigns).map(c => c.id),
    ).toEqual(['runs', 'aimed', 'filtered']);
  });

  it("keeps a system's and a domain's own campaigns", () => {
    expect(
      rollupCampaigns('system:default/shop', campaigns).map(c => c.id),
    ).toEqual(['runs']);
    expect(
      rollupCampaigns('domain:default/retail', campaigns).map(c => c.id),
    ).toEqual(['other']);
  });
});
