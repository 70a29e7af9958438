import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeFlexInfraApi,
  renderDashboard,
} from '../DashboardContent/__testUtils__';
import { DashboardExportButton } from './DashboardExportButton';

const exportUrl =
  'http://backstage.test/api/flexinfra/export?kind=component&owner=group%3Adefault%2Fpayments';
const filters = { kind: ['component'], owner: ['group:default/payments'] };

describe('DashboardExportButton', () => {
  const createObjectURL = jest.fn((_blob: Blob) => 'blob:flexinfra-export');
  const revokeObjectURL = jest.fn();
  let clicked: HTMLAnchorElement[];

  beforeEach(() => {
    clicked = [];
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        clicked.push(this);
      });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('fetches the filtered export with the fetch API and downloads it', async () => {
    const api = fakeFlexInfraApi();
    api.getExportUrl.mockResolvedValue(exportUrl);
    const fetch = jest.fn(
      async () =>
        new Response('entity_ref,score\ncomponent:default/a,42\n', {
          headers: { 'content-type': 'text/csv' },
        }),
    );
    renderDashboard(<DashboardExportButton filters={filters} />, api, {
      fetch,
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV' }),
    );

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(api.getExportUrl).toHaveBeenCalledWith({ filters });
    expect(fetch).toHaveBeenCalledWith(exportUrl);
    expect(clicked[0].download).toBe('flexinfra-scorecards.csv');
    expect(clicked[0].href).toBe('blob:flexinfra-export');
    const blob = createObjectURL.mock.calls[0][0];
    expect(await blob.text()).toBe(
      'entity_ref,score\ncomponent:default/a,42\n',
    );
    await waitFor(() =>
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:flexinfra-export'),
    );
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('reports a failed export instead of downloading an error page', async () => {
    const fetch = jest.fn(
      async () =>
        new Response(
          JSON.stringify({
            error: { name: 'AuthenticationError', message: 'No token' },
            response: { statusCode: 401 },
          }),
          { status: 401, statusText: 'Unauthorized' },
        ),
    );
    const { alertApi } = renderDashboard(
      <DashboardExportButton filters={{}} />,
      fakeFlexInfraApi(),
      { fetch },
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV' }),
    );

    const alert = await alertApi.waitForAlert(a => a.severity === 'error');
    expect(alert.message).toMatch(/^Could not export the scorecards: .*401/);
    expect(clicked).toHaveLength(0);
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});
