import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { RefreshRun } from '@flexinfra/backstage-plugin-flexinfra-common';
import { screen } from '@testing-library/react';
import { LastRefreshCard } from './LastRefreshCard';

const run: RefreshRun = {
  id: 4,
  startedAt: '2026-03-01T10:00:00.000Z',
  finishedAt: '2026-03-01T10:00:12.000Z',
  status: 'succeeded',
  entitiesScored: 120,
  error: null,
  trigger: 'manual',
  entitiesSeen: 56360,
  entitiesChanged: 17,
  entitiesRemoved: 2,
  modelVersion: 'abc123def456',
};

const row = (name: RegExp) => screen.getByRole('row', { name });

describe('LastRefreshCard', () => {
  it('tells what the run read, rescored and changed', async () => {
    await renderInTestApp(<LastRefreshCard lastRun={run} />);
    expect(await screen.findByText('Succeeded')).toBeInTheDocument();
    expect(row(/Trigger/)).toHaveTextContent('On request');
    expect(row(/Entities read/)).toHaveTextContent('56,360');
    expect(row(/Rescored/)).toHaveTextContent('120');
    expect(row(/Results changed/)).toHaveTextContent('17');
    expect(screen.queryByRole('row', { name: /Error/ })).toBeNull();
  });

  it('shows why a run failed', async () => {
    await renderInTestApp(
      <LastRefreshCard
        lastRun={{ ...run, status: 'failed', error: 'catalog timed out' }}
      />,
    );
    expect(await screen.findByRole('row', { name: /Error/ })).toHaveTextContent(
      'catalog timed out',
    );
  });

  it('says when no refresh has run yet', async () => {
    await renderInTestApp(<LastRefreshCard lastRun={null} />);
    expect(
      await screen.findByText('No refresh has run yet'),
    ).toBeInTheDocument();
  });
});
