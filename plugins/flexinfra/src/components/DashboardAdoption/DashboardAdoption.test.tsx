import { screen, within } from '@testing-library/react';
import {
  fakeFlexInfraApi,
  renderDashboard,
  testAdoption,
} from '../DashboardContent/__testUtils__';
import { DashboardAdoption } from './DashboardAdoption';

describe('DashboardAdoption', () => {
  it('shows per template its runs, those that failed, what they fixed and how fast', async () => {
    renderDashboard(
      <DashboardAdoption adoption={testAdoption} />,
      fakeFlexInfraApi(),
    );

    const table = await screen.findByRole('table', { name: 'Templates' });
    expect(
      within(table)
        .getAllByRole('row')
        .map(row =>
          within(row)
            .queryAllByRole('cell')
            .map(cell => cell.textContent),
        )
        .slice(1),
    ).toEqual([
      [
        'Adopt infrastructure as code',
        '4 (+1 failed)',
        '2',
        '3',
        '2.5',
        '1 (+1 pending)',
      ],
      ['Autoscaling and observability', '0', '0', '0', '—', '0'],
    ]);
    expect(
      screen.getByText(/a fix counts within 30 days of a run/),
    ).toBeInTheDocument();
  });

  it("names a template no run has named by the catalog's title for it", async () => {
    const [iac, autoscaling] = testAdoption.templates;
    renderDashboard(
      <DashboardAdoption
        adoption={{
          ...testAdoption,
          templates: [
            iac,
            { ...autoscaling, title: 'flexinfra-autoscaling-observability' },
          ],
        }}
      />,
      fakeFlexInfraApi(),
      {
        catalog: [
          {
            apiVersion: 'scaffolder.backstage.io/v1beta3',
            kind: 'Template',
            metadata: {
              name: 'flexinfra-autoscaling-observability',
              namespace: 'default',
              title: 'Scale and observe a service',
            },
            spec: {},
          },
        ],
      },
    );

    const table = await screen.findByRole('table', { name: 'Templates' });
    expect(
      await within(table).findByRole('link', {
        name: 'Scale and observe a service',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/template/flexinfra-autoscaling-observability',
    );
    // A title read from a run is kept.
    expect(
      within(table).getByRole('link', { name: 'Adopt infrastructure as code' }),
    ).toBeInTheDocument();
  });

  it('lists the latest runs and what came of each, with the entity', async () => {
    renderDashboard(
      <DashboardAdoption adoption={testAdoption} />,
      fakeFlexInfraApi(),
    );

    const runs = await screen.findByRole('list', { name: 'Latest runs' });
    const items = within(runs).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      'flexinfra-adopt-iac, 10 Jan: iac-managed now passes (2 days later)checkout-api',
      'flexinfra-adopt-iac, 9 Jan: no fix within 30 dayscomponent:default/ledger'.replace(
        'component:default/ledger',
        'ledger',
      ),
    ]);
    expect(
      within(items[0]).getByRole('link', { name: /checkout-api/ }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-api');
  });

  it('says when no template has been run yet', async () => {
    renderDashboard(
      <DashboardAdoption adoption={{ ...testAdoption, recent: [] }} />,
      fakeFlexInfraApi(),
    );
    expect(
      await screen.findByText(/No template has been run yet/),
    ).toBeInTheDocument();
  });
});
