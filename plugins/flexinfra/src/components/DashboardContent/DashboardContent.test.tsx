import { screen, waitFor, within } from '@testing-library/react';
import userEvent, {
  PointerEventsCheckLevel,
} from '@testing-library/user-event';
import { DashboardContent } from './DashboardContent';
import {
  aggregate,
  currentSearchParams,
  fakeFlexInfraApi,
  renderDashboard,
  testModel,
  testOwnerSummary,
  testStatus,
} from './__testUtils__';

function renderContent(
  api: ReturnType<typeof fakeFlexInfraApi>,
  initialUrl = '/flexinfra',
) {
  return renderDashboard(
    <DashboardContent model={testModel} status={testStatus} />,
    api,
    { initialUrl },
  );
}

const LOAD = { timeout: 5000 };

// These render the whole dashboard, which takes a while in jsdom.
jest.setTimeout(20_000);

/**
 * Clicks without checking `pointer-events` up the tree: with the dashboard's
 * many style sheets, that check is what makes jsdom slow.
 */
const user = userEvent.setup({
  pointerEventsCheck: PointerEventsCheckLevel.Never,
});

describe('DashboardContent', () => {
  it('offers the filter values present and applies a choice to every query and the URL', async () => {
    const api = fakeFlexInfraApi();
    const { getByTestId } = renderContent(api);
    expect(await screen.findByLabelText('Teams', {}, LOAD)).toBeInTheDocument();

    // The options come from one summary per filter, without filters.
    for (const groupBy of ['kind', 'type', 'lifecycle', 'owner', 'system']) {
      expect(api.getSummary).toHaveBeenCalledWith({ groupBy });
    }
    await user.click(screen.getByLabelText('Owner'));
    const listbox = within(await screen.findByRole('listbox'));
    expect(
      listbox.getAllByRole('option').map(option => option.textContent),
    ).toEqual(['engineering8', 'marketing3', 'payments3', 'search5']);
    await user.click(listbox.getByRole('option', { name: /^payments/ }));

    const owner = { owner: ['group:default/payments'] };
    await waitFor(() =>
      expect(api.getSummary).toHaveBeenLastCalledWith({
        groupBy: 'owner',
        filters: owner,
        trendDays: 30,
      }),
    );
    expect(api.getCheckStatistics).toHaveBeenLastCalledWith({
      filters: owner,
    });
    expect(currentSearchParams({ getByTestId }).getAll('owner')).toEqual([
      'group:default/payments',
    ]);
  });

  it('applies the filters of the URL to the drill-down and the export', async () => {
    const api = fakeFlexInfraApi();
    renderContent(api, '/flexinfra?owner=group%3Adefault%2Fpayments');
    const owner = { owner: ['group:default/payments'] };

    await user.click(await screen.findByText('Export CSV', {}, LOAD));
    await waitFor(() =>
      expect(api.getExportUrl).toHaveBeenCalledWith({ filters: owner }),
    );

    await user.click(
      screen.getByLabelText('Entities failing Source is linked'),
    );
    await waitFor(() =>
      expect(api.getCheckEntities).toHaveBeenCalledWith(
        expect.objectContaining({ checkId: 'source-linked', filters: owner }),
      ),
    );
  });

  it('leaves trends out with filters that the snapshots do not cover', async () => {
    const api = fakeFlexInfraApi();
    renderContent(api, '/flexinfra?kind=component');

    const tile = await screen.findByLabelText('At target stage', {}, LOAD);
    expect(api.getSummary).toHaveBeenCalledWith({
      groupBy: 'owner',
      filters: { kind: ['component'] },
      trendDays: 30,
    });
    expect(
      within(tile).getByLabelText(/^Trend unavailable/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/pts/)).toBeNull();
  });

  it('shows the trends without filters', async () => {
    renderContent(fakeFlexInfraApi());
    const tile = await screen.findByLabelText('At target stage', {}, LOAD);
    expect(
      within(tile).getByRole('img', { name: /^Up 21.8 pts/ }),
    ).toBeInTheDocument();
  });

  it('says when nothing matches the filters and clears them', async () => {
    const api = fakeFlexInfraApi();
    api.getSummary.mockImplementation(async ({ groupBy, filters }) =>
      groupBy === 'owner' && filters?.type
        ? { ...testOwnerSummary, total: aggregate([0, 0, 0, 0, 0]), groups: [] }
        : testOwnerSummary,
    );
    const { getByTestId } = renderContent(api, '/flexinfra?type=website');

    expect(
      await screen.findByText(
        'No scored entity matches these filters.',
        {},
        LOAD,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Teams')).toBeNull();

    // One in the filter bar, one in the message: either clears them all.
    const [, clearInMessage] = screen.getAllByText('Clear filters');
    await user.click(clearInMessage);

    expect(await screen.findByLabelText('Teams', {}, LOAD)).toBeInTheDocument();
    expect(currentSearchParams({ getByTestId }).toString()).toBe('');
    expect(api.getSummary).toHaveBeenLastCalledWith({
      groupBy: 'owner',
      filters: {},
      trendDays: 30,
    });
  });

  it('shows a failed summary with a Retry button, and the checks still', async () => {
    const api = fakeFlexInfraApi();
    let ownerSummaries = 0;
    api.getSummary.mockImplementation(async ({ groupBy, trendDays }) => {
      if (groupBy === 'owner' && trendDays) {
        ownerSummaries += 1;
        if (ownerSummaries === 1) {
          throw new Error('summary query timed out');
        }
      }
      return testOwnerSummary;
    });
    renderContent(api);

    expect(
      await screen.findByText('summary query timed out', {}, LOAD),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Entities scored')).toBeNull();
    expect(
      await screen.findByLabelText('Most failed checks'),
    ).toBeInTheDocument();

    await user.click(screen.getByText('Retry'));

    expect(
      await screen.findByLabelText('Entities scored', {}, LOAD),
    ).toHaveTextContent('11');
    expect(screen.queryByText('summary query timed out')).toBeNull();
  });

  it('shows failed check statistics with a Retry button', async () => {
    const api = fakeFlexInfraApi();
    api.getCheckStatistics.mockRejectedValueOnce(
      new Error('checks unavailable'),
    );
    renderContent(api);

    expect(
      await screen.findByText('checks unavailable', {}, LOAD),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Retry'));
    expect(
      await screen.findByLabelText('Most failed checks', {}, LOAD),
    ).toBeInTheDocument();
    expect(api.getCheckStatistics).toHaveBeenCalledTimes(2);
  });
});
