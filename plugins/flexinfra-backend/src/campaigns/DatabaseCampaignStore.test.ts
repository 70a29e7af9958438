import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import type { CampaignInput } from '@flexinfra/backstage-plugin-flexinfra-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseCampaignStore } from './DatabaseCampaignStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  let time = new Date('2027-01-10T09:00:00.000Z');
  const store = await DatabaseCampaignStore.create({
    database: mockServices.database({ knex }),
    now: () => new Date(time),
  });
  return {
    knex,
    store,
    setTime: (iso: string) => {
      time = new Date(iso);
    },
  };
}

function campaign(fields: Partial<CampaignInput> = {}): CampaignInput {
  return {
    title: 'Infrastructure as code for payments',
    description: 'Every payments service managed by Terraform.',
    owner: 'group:default/platform',
    scope: { type: 'group', ref: 'group:default/payments' },
    target: { checks: ['iac-managed'] },
    startDate: '2027-01-01',
    dueDate: '2027-03-31',
    milestones: [{ date: '2027-02-15', share: 0.5 }],
    ...fields,
  };
}

describe.each(databases.eachSupportedId())('campaigns on %p', databaseId => {
  it('stores a campaign and reads it back as it was given', async () => {
    const { store } = await setup(databaseId);
    const input = campaign({
      scope: {
        type: 'filters',
        filters: { lifecycle: ['production'], owner: ['group:default/web'] },
      },
    });
    const created = await store.create(input, {
      createdBy: 'user:default/alice',
    });
    expect(created).toEqual({
      ...input,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'active',
      createdBy: 'user:default/alice',
      createdAt: '2027-01-10T09:00:00.000Z',
      updatedAt: '2027-01-10T09:00:00.000Z',
    });
    await expect(store.get(created.id)).resolves.toEqual(created);
    await expect(store.get('no-such-id')).resolves.toBeUndefined();
  });

  it('lists by due date, and by status', async () => {
    const { store } = await setup(databaseId);
    const later = await store.create(
      campaign({ title: 'B', dueDate: '2027-06-30' }),
      { createdBy: 'user:default/alice' },
    );
    const sooner = await store.create(
      campaign({ title: 'A', dueDate: '2027-02-28' }),
      { createdBy: 'user:default/bob' },
    );
    expect((await store.list()).map(c => c.id)).toEqual([sooner.id, later.id]);

    await store.archive(sooner.id);
    expect((await store.list({ status: 'active' })).map(c => c.title)).toEqual([
      'B',
    ]);
    expect(
      (await store.list({ status: 'archived' })).map(c => c.title),
    ).toEqual(['A']);
  });

  it('updates and archives, stamping the time, and fails on an unknown id', async () => {
    const { store, setTime } = await setup(databaseId);
    const created = await store.create(campaign(), {
      createdBy: 'user:default/alice',
    });

    setTime('2027-01-20T12:00:00.000Z');
    const updated = await store.update(
      created.id,
      campaign({ target: { stage: 3 }, dueDate: '2027-04-30', milestones: [] }),
    );
    expect(updated).toMatchObject({
      target: { stage: 3 },
      dueDate: '2027-04-30',
      milestones: [],
      status: 'active',
      createdAt: '2027-01-10T09:00:00.000Z',
      updatedAt: '2027-01-20T12:00:00.000Z',
    });

    setTime('2027-01-21T12:00:00.000Z');
    await expect(store.archive(created.id)).resolves.toMatchObject({
      status: 'archived',
      updatedAt: '2027-01-21T12:00:00.000Z',
    });

    await expect(store.update('no-such-id', campaign())).rejects.toMatchObject({
      name: 'NotFoundError',
    });
    await expect(store.archive('no-such-id')).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });
});
