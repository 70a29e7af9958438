import { screen, within } from '@testing-library/react';
import type { WaiversOverview } from '../../api';
import {
  fakeFlexInfraApi,
  renderDashboard,
} from '../DashboardContent/__testUtils__';
import { DashboardWaivers } from './DashboardWaivers';

const waivers: WaiversOverview = {
  asOf: '2027-01-10',
  soonDays: 30,
  active: 3,
  expiringSoon: 2,
  byCheck: [
    { checkId: 'on-call', title: 'Has on-call', active: 2, expiringSoon: 2 },
    { checkId: 'runbook', title: 'Has a runbook', active: 1, expiringSoon: 0 },
  ],
  byOwner: [{ ownerRef: 'group:default/payments', active: 3, expiringSoon: 2 }],
  items: [
    {
      entityRef: 'component:default/checkout',
      title: null,
      ownerRef: 'group:default/payments',
      checkId: 'on-call',
      checkTitle: 'Has on-call',
      reason: 'Team forming',
      expires: '2027-01-10',
      expiresInDays: 0,
    },
    {
      entityRef: 'component:default/payments-api',
      title: null,
      ownerRef: null,
      checkId: 'runbook',
      checkTitle: 'Has a runbook',
      reason: 'Being written',
      expires: '2027-04-01',
      expiresInDays: 81,
    },
  ],
};

describe('DashboardWaivers', () => {
  it('counts the waivers, names the checks waived and lists the soonest to expire', async () => {
    renderDashboard(<DashboardWaivers waivers={waivers} />, fakeFlexInfraApi());

    expect(
      await screen.findByText('3 active, 2 expiring within 30 days'),
    ).toBeInTheDocument();
    const chips = screen.getByLabelText('Waivers by check');
    expect(within(chips).getByText('Has on-call: 2')).toBeInTheDocument();
    expect(within(chips).getByText('Has a runbook: 1')).toBeInTheDocument();

    const table = screen.getByRole('table', {
      name: 'Waivers expiring first',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(row =>
          within(row)
            .getAllByRole('cell')
            .map(cell => cell.textContent),
        ),
    ).toEqual([
      [
        'checkout',
        'Has on-call',
        'Team forming',
        '2027-01-10 (last day today)',
        'payments',
      ],
      [
        'payments-api',
        'Has a runbook',
        'Being written',
        '2027-04-01 (in 81 days)',
        '—',
      ],
    ]);
  });

  it('says what a waiver is when there is none', async () => {
    renderDashboard(
      <DashboardWaivers
        waivers={{
          ...waivers,
          active: 0,
          expiringSoon: 0,
          byCheck: [],
          byOwner: [],
          items: [],
        }}
      />,
      fakeFlexInfraApi(),
    );
    expect(await screen.findByText('No active waivers')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
