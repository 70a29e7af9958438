import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, {
  PointerEventsCheckLevel,
} from '@testing-library/user-event';
import {
  fakeFlexInfraApi,
  renderDashboard,
  testCampaign,
} from '../DashboardContent/__testUtils__';
import { fixedSizeRecharts } from '../shared/__testUtils__/fixedSizeCharts';
import { FlexInfraPage } from '../FlexInfraPage/FlexInfraPage';

jest.mock('recharts', () => fixedSizeRecharts());

// These render the whole page, which takes a while in jsdom.
jest.setTimeout(30_000);
const LOAD = { timeout: 5000 };
const user = userEvent.setup({
  pointerEventsCheck: PointerEventsCheckLevel.Never,
});

async function badRequest(message: string) {
  return ResponseError.fromResponse(
    new Response(errorBody('InputError', message, 400), {
      status: 400,
      statusText: 'Bad Request',
      headers: { 'content-type': 'application/json' },
    }),
  );
}

/** The body of the backend's error answers. */
function errorBody(name: string, message: string, statusCode: number) {
  return JSON.stringify({
    error: { name, message },
    request: { method: 'POST', url: '/api/flexinfra/campaigns' },
    response: { statusCode },
  });
}

/** Opens the new campaign dialog once the list and permission are loaded. */
async function openNewCampaignDialog() {
  const button = await screen.findByRole(
    'button',
    { name: 'New campaign' },
    LOAD,
  );
  await waitFor(() => expect(button).toBeEnabled(), LOAD);
  await user.click(button);
  return screen.getByRole('dialog', { name: 'New campaign' });
}

/** Fills the new campaign dialog's required fields. */
async function fillRequired(dialog: HTMLElement) {
  await user.type(
    within(dialog).getByRole('textbox', { name: /Title/ }),
    'Search elastic',
  );
  await user.type(
    within(dialog).getByRole('textbox', { name: /Owner/ }),
    'group:default/platform',
  );
  await user.type(
    within(dialog).getByRole('textbox', { name: /Scope entity/ }),
    'group:default/search',
  );
}

describe('Campaigns tab', () => {
  it('lists the active campaigns with their share at target', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns' });

    const table = await screen.findByRole('table', { name: 'Campaigns' }, LOAD);
    const [, row] = within(table).getAllByRole('row');
    expect(
      within(row).getByRole('link', { name: 'Payments as code' }),
    ).toHaveAttribute('href', '/campaigns/7');
    expect(row).toHaveTextContent('payments and its teams');
    expect(row).toHaveTextContent('Stage 3 · Elastic & Programmable');
    expect(row).toHaveTextContent('2027-03-31');
    expect(
      await within(row).findByText('25% (1 of 4), behind'),
    ).toBeInTheDocument();
    expect(api.listCampaigns).toHaveBeenCalledWith({ status: 'active' });
    expect(api.getCampaignProgress).toHaveBeenCalledWith('7', { limit: 1 });
    expect(api.getSummary).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(() => expect(api.listCampaigns).toHaveBeenLastCalledWith({}));
  });

  it('says when there is no campaign', async () => {
    const api = fakeFlexInfraApi();
    api.listCampaigns.mockResolvedValue({ items: [] });
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns' });
    expect(
      await screen.findByText(/No active campaigns/, {}, LOAD),
    ).toBeInTheDocument();
  });

  it('checks a new campaign before sending it, naming each field', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns' });
    const dialog = await openNewCampaignDialog();

    await user.type(
      within(dialog).getByRole('textbox', { name: /Owner/ }),
      'system:default/shop',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Add milestone' }),
    );
    await user.type(
      within(dialog).getByRole('textbox', {
        name: 'Milestone 1 share at target',
      }),
      '120',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );

    expect(within(dialog).getByText('must not be empty')).toBeInTheDocument();
    expect(
      within(dialog).getByText('must be a percentage above 0, at most 100'),
    ).toBeInTheDocument();
    expect(api.createCampaign).not.toHaveBeenCalled();
  });

  it('creates a campaign and opens its page', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns' });
    const dialog = await openNewCampaignDialog();
    await fillRequired(dialog);
    await user.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );

    await waitFor(() => expect(api.createCampaign).toHaveBeenCalledTimes(1));
    expect(api.createCampaign.mock.calls[0][0]).toMatchObject({
      title: 'Search elastic',
      owner: 'group:default/platform',
      scope: { type: 'group', ref: 'group:default/search' },
      target: { stage: 3 },
      milestones: [],
    });
    // The page of the new campaign (id 8) loads.
    await waitFor(() => expect(api.getCampaign).toHaveBeenCalledWith('8'));
  });

  it("shows the backend's problems on their fields", async () => {
    const api = fakeFlexInfraApi();
    api.createCampaign.mockRejectedValue(
      await badRequest(
        'Invalid campaign: scope.ref no entity group:default/search in the catalog',
      ),
    );
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns' });
    const dialog = await openNewCampaignDialog();
    await fillRequired(dialog);
    await user.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );

    expect(
      await within(dialog).findByText(
        'no entity group:default/search in the catalog',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('textbox', { name: /Scope entity/ }),
    ).toHaveAttribute('aria-invalid', 'true');
  });

  it('says above the form when the user may not create campaigns', async () => {
    const api = fakeFlexInfraApi();
    api.createCampaign.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          errorBody(
            'NotAllowedError',
            'You may not create a FlexInfra campaign',
            403,
          ),
          {
            status: 403,
            statusText: 'Forbidden',
            headers: { 'content-type': 'application/json' },
          },
        ),
      ),
    );
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns' });
    const dialog = await openNewCampaignDialog();
    await fillRequired(dialog);
    await user.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );

    // The backend's message, not the HTTP status line.
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'You may not create a FlexInfra campaign',
    );
  });
});

describe("A campaign's page", () => {
  it('shows where it stands, the chart, the teams and what is still to do', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns/7' });

    expect(
      await screen.findByRole('heading', { name: 'Payments as code' }, LOAD),
    ).toBeInTheDocument();
    const facts = screen.getByRole('table', { name: 'Campaign' });
    expect(
      within(facts).getByRole('row', { name: /Status/ }),
    ).toHaveTextContent('Behind');
    expect(
      within(facts).getByRole('row', { name: /At target/ }),
    ).toHaveTextContent('25% (1 of 4)');
    expect(
      within(facts).getByRole('row', { name: /Milestones/ }),
    ).toHaveTextContent('50% by 2027-02-15: missed (25%)');
    expect(
      within(facts).getByRole('row', { name: /Projected completion/ }),
    ).toHaveTextContent('Not rising over the last 28 days');

    expect(
      screen.getByRole('figure', {
        name: /^Share at target: 25 % on .*, against .* % on the way to the due date; due /,
      }),
    ).toBeInTheDocument();

    const teams = screen.getByRole('table', { name: 'Teams' });
    expect(
      within(teams)
        .getAllByRole('row')
        .slice(1)
        .map(row => row.textContent),
    ).toEqual(['payments-api300%', 'payments11100%']);

    const todo = screen.getByRole('table', {
      name: 'Entities short of the target',
    });
    const checkout = within(todo).getByRole('row', { name: /checkout-api/ });
    expect(checkout).toHaveTextContent('Managed as infrastructure as code');
    expect(checkout).toHaveTextContent('Scales on demand');
    // One template in the model fixes one of the two checks.
    expect(
      within(checkout).getByRole('button', { name: /Fix with template/ }),
    ).toBeInTheDocument();
    expect(
      within(checkout).getAllByRole('button', { name: /Fix with template/ }),
    ).toHaveLength(1);
    expect(within(todo).getByRole('row', { name: /ledger/ })).toHaveTextContent(
      'Needs a valid descriptor',
    );
    expect(
      screen.getByText(/2 of 3 entities short of the target/),
    ).toBeInTheDocument();
    expect(api.getCampaignProgress).toHaveBeenCalledWith('7', { limit: 100 });
  });

  it('edits the campaign and loads it again', async () => {
    const api = fakeFlexInfraApi();
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns/7' });
    await user.click(await screen.findByRole('button', { name: 'Edit' }, LOAD));
    const dialog = screen.getByRole('dialog', {
      name: 'Edit Payments as code',
    });
    const title = within(dialog).getByRole('textbox', { name: /Title/ });
    expect(title).toHaveValue('Payments as code');
    await user.clear(title);
    await user.type(title, 'Payments elastic');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(api.updateCampaign).toHaveBeenCalledWith('7', {
        ...(({ id, status, createdBy, createdAt, updatedAt, ...input }) =>
          input)(testCampaign),
        title: 'Payments elastic',
      }),
    );
    await waitFor(() => expect(api.getCampaign).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('archives the campaign', async () => {
    const api = fakeFlexInfraApi();
    const { alertApi } = renderDashboard(<FlexInfraPage />, api, {
      initialUrl: '/campaigns/7',
    });
    await user.click(
      await screen.findByRole('button', { name: 'Archive' }, LOAD),
    );
    const alert = await alertApi.waitForAlert(() => true);
    expect(alert).toMatchObject({
      severity: 'success',
      message: 'Archived the campaign Payments as code',
    });
    expect(api.archiveCampaign).toHaveBeenCalledWith('7');
  });

  it('says when there is no such campaign', async () => {
    const api = fakeFlexInfraApi();
    api.getCampaign.mockRejectedValue(
      new Error('There is no FlexInfra campaign 9'),
    );
    renderDashboard(<FlexInfraPage />, api, { initialUrl: '/campaigns/9' });
    expect(
      await screen.findByText(/Could not load the campaign/, {}, LOAD),
    ).toBeInTheDocument();
    expect(
      screen.getByText('There is no FlexInfra campaign 9'),
    ).toBeInTheDocument();
  });
});
