import type {
  Campaign,
  CampaignInput,
  CampaignProgress,
  EntityCampaign,
} from '../../../api';

/** A campaign of the platform team: payments at stage 3 by the end of March. */
export const testCampaign: Campaign = {
  id: '7',
  status: 'active',
  createdBy: 'user:default/ada',
  createdAt: '2027-01-01T09:00:00.000Z',
  updatedAt: '2027-01-01T09:00:00.000Z',
  title: 'Payments as code',
  description: 'Every payments service elastic and managed as code.',
  owner: 'group:default/platform',
  scope: { type: 'group', ref: 'group:default/payments' },
  target: { stage: 3 },
  startDate: '2027-01-01',
  dueDate: '2027-03-31',
  milestones: [{ date: '2027-02-15', share: 0.5 }],
};

/** Where {@link testCampaign} stands on 2027-02-20. */
export const testCampaignProgress: CampaignProgress = {
  campaignId: '7',
  asOf: '2027-02-20',
  entities: 4,
  atTarget: 1,
  share: 0.25,
  series: [
    { date: '2027-01-01', entities: 4, atTarget: 0, share: 0 },
    { date: '2027-02-01', entities: 4, atTarget: 1, share: 0.25 },
    { date: '2027-02-20', entities: 4, atTarget: 1, share: 0.25 },
  ],
  milestones: [
    {
      date: '2027-02-15',
      share: 0.5,
      actualShare: 0.25,
      status: 'missed',
    },
  ],
  teams: [
    {
      ownerRef: 'group:default/payments-api',
      entities: 3,
      atTarget: 0,
      share: 0,
    },
    {
      ownerRef: 'group:default/payments',
      entities: 1,
      atTarget: 1,
      share: 1,
    },
  ],
  shortfall: [
    {
      entityRef: 'component:default/checkout-api',
      title: null,
      ownerRef: 'group:default/payments-api',
      stage: 2,
      outcome: 'scored',
      missing: [
        {
          checkId: 'iac-managed',
          title: 'Managed as infrastructure as code',
          template: 'template:default/flexinfra-adopt-iac',
        },
        { checkId: 'autoscaling', title: 'Scales on demand', template: null },
      ],
    },
    {
      entityRef: 'component:default/ledger',
      title: null,
      ownerRef: 'group:default/payments-api',
      stage: null,
      outcome: 'invalid',
      missing: [],
    },
  ],
  shortfallTotal: 3,
  projectedCompletion: null,
  onTrack: false,
};

/** {@link testCampaign} as the checkout API's Flexibility tab sees it. */
export const testEntityCampaign: EntityCampaign = {
  id: '7',
  title: 'Payments as code',
  owner: 'group:default/platform',
  target: { stage: 3 },
  dueDate: '2027-03-31',
  atTarget: false,
  missing: testCampaignProgress.shortfall[0].missing,
};

/** A stored campaign made of an input, as the backend answers a create. */
export function storedCampaign(input: CampaignInput, id = '8'): Campaign {
  return {
    ...input,
    id,
    status: 'active',
    createdBy: 'user:default/ada',
    createdAt: '2027-02-20T09:00:00.000Z',
    updatedAt: '2027-02-20T09:00:00.000Z',
  };
}
