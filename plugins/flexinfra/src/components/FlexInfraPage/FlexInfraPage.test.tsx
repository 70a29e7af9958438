import { ResponseError } from '@backstage/errors';
import {
  compileModel,
  defaultModelDefinition,
  describeModel,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import {
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  FlexInfraApi,
  FlexInfraClient,
  FlexInfraModel,
  FlexInfraStatus,
  flexInfraApiRef,
} from '../../api';
import { FlexInfraPage } from './FlexInfraPage';

const model: FlexInfraModel = describeModel(
  compileModel(defaultModelDefinition),
);

const succeededRun: FlexInfraStatus = {
  lastRun: {
    id: 3,
    startedAt: '2025-03-01T10:00:00.000Z',
    finishedAt: '2025-03-01T10:02:30.000Z',
    status: 'succeeded',
    entitiesScored: 42,
    error: null,
    trigger: 'schedule',
    entitiesSeen: 50,
    entitiesChanged: 4,
    entitiesRemoved: 0,
    modelVersion: 'abc123def456',
  },
  lastSuccessfulRun: null,
  results: { scored: 42, invalid: 0 },
  modelVersion: 'abc123def456',
};

function renderPage(api: FlexInfraApi) {
  return renderInTestApp(<FlexInfraPage />, {
    apis: [[flexInfraApiRef, api]],
  });
}

function stubApi(status: FlexInfraStatus = succeededRun) {
  return {
    getModel: jest.fn(async () => model),
    getStatus: jest.fn(async () => status),
  };
}

function itemTexts(listName: string) {
  return within(screen.getByRole('list', { name: listName }))
    .getAllByRole('listitem')
    .map(item => item.textContent);
}

describe('FlexInfraPage', () => {
  it('shows a progress bar while loading', async () => {
    const pending = new Promise<never>(() => {});
    renderPage({ getModel: () => pending, getStatus: () => pending });

    expect(
      await screen.findByRole('heading', { name: 'FlexInfra' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('How flexible is our infrastructure?'),
    ).toBeVisible();
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByText('Maturity stages')).not.toBeInTheDocument();
  });

  it("shows the backend's maturity stages, DORA levels and last run", async () => {
    const api = stubApi();
    renderPage(api);

    expect(await screen.findByText('Maturity stages')).toBeInTheDocument();
    expect(itemTexts('Maturity stages')).toEqual([
      '1Static & ConstrainedProvisioning slow, changes difficult',
      '2Standardised but RigidImproved consistency, limited adaptability',
      '3Elastic & ProgrammableResources provisioned on demand',
      '4Resilient & OptimisedPerformance continuously managed',
      '5Adaptive PlatformInfrastructure as a strategic enabler',
    ]);

    expect(
      screen.getByText('DORA Flexible Infrastructure scale'),
    ).toBeInTheDocument();
    expect(itemTexts('DORA levels').map(text => text?.slice(0, 30))).toEqual([
      '1Rigid and ManualInfrastructur',
      '2Limited AutomationSome routin',
      '3Advanced AutomationInfrastruc',
      '4On-Demand and ElasticInfrastr',
    ]);

    const lastRefresh = within(
      screen.getByRole('table', { name: 'Last refresh' }),
    );
    expect(lastRefresh.getByRole('row', { name: /Status/ })).toHaveTextContent(
      'Succeeded',
    );
    expect(
      lastRefresh.getByRole('row', { name: /Entities scored/ }),
    ).toHaveTextContent('42');
    expect(
      lastRefresh.getByRole('row', { name: /Finished/ }).querySelector('time'),
    ).toHaveAttribute('dateTime', '2025-03-01T10:02:30.000Z');
    expect(lastRefresh.queryByRole('row', { name: /Error/ })).toBeNull();

    expect(api.getModel).toHaveBeenCalledTimes(1);
    expect(api.getStatus).toHaveBeenCalledTimes(1);
  });

  it('says so when no refresh has run yet', async () => {
    renderPage(stubApi({ ...succeededRun, lastRun: null }));

    expect(
      await screen.findByText('No refresh has run yet'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Last refresh' })).toBeNull();
    // The model is still shown.
    expect(screen.getByText('Adaptive Platform')).toBeInTheDocument();
  });

  it('shows a failed or running refresh for what it is', async () => {
    const { unmount } = renderPage(
      stubApi({
        ...succeededRun,
        lastRun: {
          ...succeededRun.lastRun!,
          status: 'failed',
          entitiesScored: 5,
          error: 'Catalog unavailable',
        },
      }),
    );
    expect(await screen.findByRole('row', { name: /Error/ })).toHaveTextContent(
      'Catalog unavailable',
    );
    expect(screen.getByRole('row', { name: /Status/ })).toHaveTextContent(
      'Failed',
    );
    unmount();

    renderPage(
      stubApi({
        ...succeededRun,
        lastRun: {
          ...succeededRun.lastRun!,
          status: 'running',
          finishedAt: null,
        },
      }),
    );
    expect(
      await screen.findByRole('row', { name: /Status/ }),
    ).toHaveTextContent('Running');
    expect(screen.getByRole('row', { name: /Finished/ })).toHaveTextContent(
      'Not yet',
    );
  });

  describe('against the backend', () => {
    const server = setupServer();
    registerMswTestHooks(server);
    const baseUrl = 'http://backstage.test/api/flexinfra';

    it('shows a failed request with a Retry button that loads again', async () => {
      let modelRequests = 0;
      server.use(
        http.get(`${baseUrl}/model`, () => {
          modelRequests += 1;
          return modelRequests === 1
            ? HttpResponse.json(
                {
                  error: { name: 'Error', message: 'database is down' },
                  response: { statusCode: 500 },
                },
                { status: 500 },
              )
            : HttpResponse.json(model);
        }),
        http.get(`${baseUrl}/status`, () => HttpResponse.json(succeededRun)),
      );
      renderPage(
        new FlexInfraClient({
          discoveryApi: mockApis.discovery({
            baseUrl: 'http://backstage.test',
          }),
          fetchApi: mockApis.fetch(),
        }),
      );

      expect(
        await screen.findByText(/Request failed with 500/),
      ).toBeInTheDocument();
      expect(screen.queryByText('Maturity stages')).not.toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

      expect(await screen.findByText('Maturity stages')).toBeInTheDocument();
      expect(screen.getByText('Static & Constrained')).toBeInTheDocument();
      expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
      expect(modelRequests).toBe(2);
    });

    it('passes a ResponseError on to the error panel', async () => {
      const api = stubApi();
      api.getStatus.mockRejectedValue(
        await ResponseError.fromResponse(
          new Response(
            JSON.stringify({
              error: { name: 'AuthenticationError', message: 'No token' },
              response: { statusCode: 401 },
            }),
            { status: 401, statusText: 'Unauthorized' },
          ),
        ),
      );
      renderPage(api);

      expect(
        await screen.findByText(/Request failed with 401 Unauthorized/),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
    });
  });
});
