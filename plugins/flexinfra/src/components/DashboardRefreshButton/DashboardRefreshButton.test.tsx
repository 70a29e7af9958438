import { ResponseError } from '@backstage/errors';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeFlexInfraApi,
  renderDashboard,
} from '../DashboardContent/__testUtils__';
import { DashboardRefreshButton } from './DashboardRefreshButton';

async function responseError(status: number, name: string, statusText: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message: `${name} from the backend` },
        response: { statusCode: status },
      }),
      { status, statusText },
    ),
  );
}

async function clickRefresh(rejection?: Error) {
  const api = fakeFlexInfraApi();
  if (rejection) {
    api.refresh.mockRejectedValue(rejection);
  }
  const onStarted = jest.fn();
  const { alertApi } = renderDashboard(
    <DashboardRefreshButton onStarted={onStarted} />,
    api,
  );
  await userEvent.click(
    await screen.findByRole('button', { name: 'Refresh now' }),
  );
  const alert = await alertApi.waitForAlert(() => true);
  expect(api.refresh).toHaveBeenCalledTimes(1);
  return { alert, onStarted };
}

describe('DashboardRefreshButton', () => {
  it('starts a refresh and says so', async () => {
    const { alert, onStarted } = await clickRefresh();
    expect(alert).toMatchObject({
      severity: 'success',
      message: expect.stringMatching(/^Refresh started/),
    });
    expect(onStarted).toHaveBeenCalledTimes(1);
  });

  it('says when the user may not start a refresh (403)', async () => {
    const { alert, onStarted } = await clickRefresh(
      await responseError(403, 'NotAllowedError', 'Forbidden'),
    );
    expect(alert).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/^You are not allowed to start/),
    });
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('says when a refresh is already running (409)', async () => {
    const { alert, onStarted } = await clickRefresh(
      await responseError(409, 'ConflictError', 'Conflict'),
    );
    expect(alert).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/^A FlexInfra refresh is already running/),
    });
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('reports any other failure with its message', async () => {
    const { alert } = await clickRefresh(new Error('network down'));
    expect(alert).toMatchObject({
      severity: 'error',
      message: 'Could not start a refresh: network down',
    });
  });
});
