import type { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EntitySummary } from '../../api';
import {
  componentEntity,
  domainEntity,
  fakeFlexInfraApi,
  groupEntity,
  pending,
  renderForEntity,
  responseError,
  rollupSummary,
  systemEntity,
} from '../shared/__testUtils__/fixtures';
import { EntityFlexInfraRollupCard } from './EntityFlexInfraRollupCard';

const worst: EntitySummary[] = [
  {
    entityRef: 'component:default/legacy-billing',
    title: 'Legacy billing',
    ownerRef: 'group:default/payments',
    stage: 1,
    score: 12.5,
    doraScore: 1.4,
  },
  {
    entityRef: 'resource:payments/orders-db',
    title: null,
    ownerRef: 'group:default/payments-data',
    stage: 2,
    score: 35,
    doraScore: 2.1,
  },
];

function rollupApi() {
  return fakeFlexInfraApi({
    getSummary: async () => rollupSummary,
    listEntities: async () => ({ items: worst }),
  });
}

function renderCard(api: ReturnType<typeof fakeFlexInfraApi>, entity: Entity) {
  return renderForEntity(<EntityFlexInfraRollupCard />, { entity, api });
}

describe('EntityFlexInfraRollupCard', () => {
  it('rolls up what a group and its teams own: figures, stage distribution and the worst entities', async () => {
    const api = rollupApi();
    renderCard(api, groupEntity);

    expect(
      await screen.findByLabelText('Scored entities: 10'),
    ).toBeInTheDocument();
    expect(api.getSummary).toHaveBeenCalledWith({
      groupBy: 'owner',
      filters: { owner: ['group:default/payments'] },
    });
    expect(api.listEntities).toHaveBeenCalledWith({
      filters: { owner: ['group:default/payments'] },
      limit: 5,
    });
    expect(
      screen.getByText('Everything this group and its teams own'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Average score: 54.3')).toBeInTheDocument();
    expect(
      screen.getByLabelText(
        'At target (stage 3 · Elastic & Programmable or above): 40% (4 of 10)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', {
        name: 'Entities by stage: Stage 1: 2, Stage 2: 4, Stage 3: 3, Stage 4: 1, Stage 5: 0',
      }),
    ).toBeInTheDocument();
  });

  it("shows the campaigns the group runs or is the scope of, with each one's share at target", async () => {
    const api = rollupApi();
    const base = {
      status: 'active' as const,
      description: '',
      target: { stage: 3 },
      startDate: '2027-01-01',
      milestones: [],
      createdBy: 'user:default/ada',
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    };
    api.listCampaigns.mockResolvedValue({
      items: [
        {
          ...base,
          id: '7',
          title: 'Payments as code',
          owner: 'group:default/platform',
          scope: { type: 'group', ref: 'group:default/payments' },
          dueDate: '2027-03-31',
        },
        {
          ...base,
          id: '9',
          title: 'Search elastic',
          owner: 'group:default/platform',
          scope: { type: 'group', ref: 'group:default/search' },
          dueDate: '2027-04-30',
        },
      ],
    });
    api.getCampaignProgress.mockResolvedValue({
      campaignId: '7',
      asOf: '2027-02-20',
      entities: 4,
      atTarget: 3,
      share: 0.75,
      series: [],
      milestones: [],
      teams: [],
      shortfall: [],
      shortfallTotal: 1,
      projectedCompletion: '2027-03-01',
      onTrack: true,
    });
    renderCard(api, groupEntity);

    const campaigns = await screen.findByRole('region', { name: 'Campaigns' });
    expect(
      within(campaigns).getByRole('link', { name: 'Payments as code' }),
    ).toHaveAttribute('href', '/flexinfra/campaigns/7');
    expect(campaigns).toHaveTextContent('Payments as code, due 2027-03-31');
    expect(
      await within(campaigns).findByText('75% (3 of 4), on track'),
    ).toBeInTheDocument();
    expect(campaigns).not.toHaveTextContent('Search elastic');
    expect(api.listCampaigns).toHaveBeenCalledWith({ status: 'active' });
    expect(api.getCampaignProgress).toHaveBeenCalledTimes(1);
  });

  it('lists the lowest-scoring entities, worst first, linking to their pages', async () => {
    renderCard(rollupApi(), groupEntity);

    const list = await screen.findByRole('list', { name: 'Lowest scores' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/component/legacy-billing',
    );
    expect(items[0]).toHaveTextContent('Legacy billing');
    expect(items[0]).toHaveTextContent(
      'Score 12.5 · Stage 1 · Static & Constrained',
    );
    expect(within(items[1]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/payments/resource/orders-db',
    );
    expect(items[1]).toHaveTextContent('Score 35 · Stage 2');
  });

  it.each([
    [systemEntity, 'system', { system: ['system:default/shop'] }],
    [domainEntity, 'domain', { domain: ['domain:default/commerce'] }],
  ] as const)(
    'rolls up what a %s contains',
    async (entity, groupBy, filters) => {
      const api = rollupApi();
      renderCard(api, entity);

      await screen.findByLabelText('Scored entities: 10');
      expect(api.getSummary).toHaveBeenCalledWith({ groupBy, filters });
      expect(api.listEntities).toHaveBeenCalledWith({ filters, limit: 5 });
    },
  );

  it('says when nothing has been scored yet', async () => {
    renderCard(
      fakeFlexInfraApi({
        getSummary: async () => ({
          ...rollupSummary,
          total: {
            ...rollupSummary.total,
            entities: 0,
            invalid: 2,
            stages: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
            averageScore: null,
            atTarget: 0,
            atTargetShare: null,
          },
        }),
        listEntities: async () => ({ items: [] }),
      }),
      systemEntity,
    );

    expect(
      await screen.findByText(
        'Nothing here has been scored yet (2 could not be scored). Results appear after the next refresh.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('shows a progress bar while loading', async () => {
    renderCard(
      fakeFlexInfraApi({ getSummary: pending, listEntities: pending }),
      groupEntity,
    );

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows a failed request as an error, and Retry loads again', async () => {
    const api = rollupApi();
    api.listEntities
      .mockRejectedValueOnce(await responseError(500, 'list failed'))
      .mockResolvedValueOnce({ items: worst });
    renderCard(api, groupEntity);

    expect((await screen.findAllByText(/list failed/)).length).toBeGreaterThan(
      0,
    );
    expect(screen.queryByLabelText(/Scored entities/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByLabelText('Scored entities: 10'),
    ).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenCalledTimes(2);
    expect(api.getSummary).toHaveBeenCalledTimes(2);
  });

  it('explains itself on entities it does not roll up', async () => {
    const api = rollupApi();
    renderCard(api, componentEntity);

    expect(
      await screen.findByText(
        'FlexInfra rolls up Groups, Systems and Domains, not Components.',
      ),
    ).toBeInTheDocument();
    expect(api.getSummary).not.toHaveBeenCalled();
  });
});
