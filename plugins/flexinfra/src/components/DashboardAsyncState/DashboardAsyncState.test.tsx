import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardAsyncState } from './DashboardAsyncState';

describe('DashboardAsyncState', () => {
  it('shows a progress bar until the first value', async () => {
    renderInTestApp(
      <DashboardAsyncState state={{ loading: true }} onRetry={() => {}}>
        {(value: string) => value}
      </DashboardAsyncState>,
    );
    expect(
      await screen.findByRole('progressbar', { name: 'Loading' }),
    ).toBeInTheDocument();
  });

  it('shows an error with a Retry button', async () => {
    const onRetry = jest.fn();
    renderInTestApp(
      <DashboardAsyncState
        state={{ loading: false, error: new Error('summary failed') }}
        onRetry={onRetry}
      >
        {(value: string) => value}
      </DashboardAsyncState>,
    );
    expect(await screen.findByText('summary failed')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('keeps the value on screen while it reloads', async () => {
    renderInTestApp(
      <DashboardAsyncState
        state={{ loading: true, value: 'the value' }}
        onRetry={() => {}}
      >
        {(value: string) => <p>{value}</p>}
      </DashboardAsyncState>,
    );
    expect(await screen.findByText('the value')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Reloading' }),
    ).toBeInTheDocument();
  });
});
