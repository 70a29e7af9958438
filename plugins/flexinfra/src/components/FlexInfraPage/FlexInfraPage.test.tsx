import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, {
  PointerEventsCheckLevel,
} from '@testing-library/user-event';
import {
  currentSearchParams,
  fakeFlexInfraApi,
  renderDashboard,
  testStatus,
} from '../DashboardContent/__testUtils__';
import { FlexInfraPage } from './FlexInfraPage';

async function serverError(status: number, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'Error', message },
        response: { statusCode: status },
      }),
      { status, statusText: 'Internal Server Error' },
    ),
  );
}

// These render the whole page, which takes a while in jsdom.
jest.setTimeout(20_000);
const LOAD = { timeout: 5000 };
const user = userEvent.setup({
  pointerEventsCheck: PointerEventsCheckLevel.Never,
});

describe('FlexInfraPage', () => {
  it('shows a progress bar while the model and status load', async () => {
    const api = fakeFlexInfraApi();
    api.getStatus.mockReturnValue(new Promise(() => {}));
    renderDashboard(<FlexInfraPage />, api);

    expect(
      await screen.findByRole('heading', { name: 'FlexInfra' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('How our organisation adopts flexible infrastructure'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('progressbar', { name: 'Loading' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Stage distribution')).not.toBeInTheDocument();
    expect(api.getSummary).not.toHaveBeenCalled();
  });

  it('shows the dashboard and, below it, the maturity model', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(<FlexInfraPage />, api);
    expect(
      await screen.findByText('Stage distribution', {}, LOAD),
    ).toBeInTheDocument();
    const entitiesScored = screen.getByLabelText('Entities scored');
    expect(entitiesScored).toHaveTextContent('11');
    expect(screen.getByLabelText('Invalid')).toHaveTextContent('1');
    expect(
      within(screen.getByLabelText('Stage distribution'))
        .getAllByRole('row')
        .slice(1)
        .map(row => row.textContent),
    ).toEqual([
      '1 · Static & Constrained19.1%',
      '2 · Standardised but Rigid327.3%',
      '3 · Elastic & Programmable436.4%',
      '4 · Resilient & Optimised218.2%',
      '5 · Adaptive Platform19.1%',
    ]);
    expect(await screen.findByLabelText('Teams')).toBeInTheDocument();
    expect(
      await screen.findByLabelText('Most failed checks'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Last refresh')).getByRole('row', {
        name: /Status/,
      }),
    ).toHaveTextContent('Succeeded');

    // The model, as a secondary section; each stage name is on the page once.
    expect(screen.getByLabelText('The maturity model')).toBeInTheDocument();
    expect(screen.getByText('Maturity stages')).toBeInTheDocument();
    expect(screen.getByText('On-Demand and Elastic')).toBeInTheDocument();
    expect(screen.getAllByText('Static & Constrained')).toHaveLength(1);

    expect(api.getModel).toHaveBeenCalledTimes(1);
    expect(api.getStatus).toHaveBeenCalledTimes(1);
    expect(api.getSummary).toHaveBeenCalledWith({
      groupBy: 'owner',
      filters: {},
      trendDays: 30,
    });
    expect(api.getCheckStatistics).toHaveBeenCalledWith({ filters: {} });
  });

  it('says that nothing is scored yet before the first refresh', async () => {
    const api = fakeFlexInfraApi();
    api.getStatus.mockResolvedValue({
      ...testStatus,
      lastRun: null,
      results: { scored: 0, invalid: 0 },
    });
    renderDashboard(<FlexInfraPage />, api);

    expect(
      await screen.findByText(
        'FlexInfra has not scored any entity yet; the first refresh runs shortly after start.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('No refresh has run yet')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Refresh now' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Stage distribution')).not.toBeInTheDocument();
    expect(api.getSummary).not.toHaveBeenCalled();
    // The model is still shown.
    expect(screen.getByText('Adaptive Platform')).toBeInTheDocument();
  });

  it('shows a failed load with a Retry button that loads again', async () => {
    const api = fakeFlexInfraApi();
    api.getModel.mockRejectedValueOnce(
      await serverError(500, 'database is down'),
    );
    renderDashboard(<FlexInfraPage />, api);

    expect(
      await screen.findByText(/Request failed with 500/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Stage distribution')).not.toBeInTheDocument();

    await user.click(screen.getByText('Retry'));

    expect(await screen.findByText('Stage distribution')).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
    expect(api.getModel).toHaveBeenCalledTimes(2);
  });

  it('applies the filters in the URL and keeps new ones there', async () => {
    const api = fakeFlexInfraApi();
    const { getByTestId } = renderDashboard(<FlexInfraPage />, api, {
      initialUrl: '/flexinfra?lifecycle=production',
    });

    await waitFor(() =>
      expect(api.getSummary).toHaveBeenCalledWith({
        groupBy: 'owner',
        filters: { lifecycle: ['production'] },
        trendDays: 30,
      }),
    );
    expect(api.getCheckStatistics).toHaveBeenCalledWith({
      filters: { lifecycle: ['production'] },
    });

    await user.click(await screen.findByLabelText('Kind'));
    await user.click(
      within(await screen.findByRole('listbox')).getByRole('option', {
        name: /^component/,
      }),
    );

    await waitFor(() =>
      expect(api.getCheckStatistics).toHaveBeenLastCalledWith({
        filters: { kind: ['component'], lifecycle: ['production'] },
      }),
    );
    expect(api.getSummary).toHaveBeenLastCalledWith({
      groupBy: 'owner',
      filters: { kind: ['component'], lifecycle: ['production'] },
      trendDays: 30,
    });
    const params = currentSearchParams({ getByTestId });
    expect(params.getAll('kind')).toEqual(['component']);
    expect(params.getAll('lifecycle')).toEqual(['production']);
  });

  it('starts a refresh and shows the run it started', async () => {
    const api = fakeFlexInfraApi();
    api.getStatus.mockResolvedValueOnce(testStatus).mockResolvedValueOnce({
      ...testStatus,
      lastRun: {
        ...testStatus.lastRun!,
        id: 4,
        status: 'running',
        finishedAt: null,
        trigger: 'manual',
      },
    });
    const { alertApi } = renderDashboard(<FlexInfraPage />, api);

    await user.click(await screen.findByText('Refresh now', {}, LOAD));

    expect(
      await alertApi.waitForAlert(alert => alert.severity === 'success'),
    ).toMatchObject({ message: expect.stringMatching(/^Refresh started/) });
    expect(api.refresh).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(
        within(screen.getByLabelText('Last refresh')).getByText('Running'),
      ).toBeInTheDocument(),
    );
    expect(api.getStatus).toHaveBeenCalledTimes(2);
    // The dashboard stays on screen; its aggregates are not asked for again.
    expect(screen.getByLabelText('Teams')).toBeInTheDocument();
    expect(api.getCheckStatistics).toHaveBeenCalledTimes(1);
  });
});
