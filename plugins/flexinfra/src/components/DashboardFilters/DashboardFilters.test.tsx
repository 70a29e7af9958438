import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardFilters } from './DashboardFilters';
import type { DashboardFilterOptions } from './useFilterOptions';

const options: DashboardFilterOptions = {
  kind: [
    { value: 'component', label: 'component', count: 1200 },
    { value: 'resource', label: 'resource', count: 30 },
  ],
  type: [],
  lifecycle: [],
  owner: [
    { value: 'group:default/payments', label: 'payments', count: 12 },
    { value: 'group:default/search', label: 'search', count: 7 },
  ],
  system: [],
};

describe('DashboardFilters', () => {
  it('offers the values present and reports a choice', async () => {
    const onChange = jest.fn();
    renderInTestApp(
      <DashboardFilters
        filters={{ kind: ['component'] }}
        options={options}
        onChange={onChange}
        onClear={() => {}}
      />,
    );

    await userEvent.click(await screen.findByLabelText('Owner'));
    expect(
      screen.getAllByRole('option').map(option => option.textContent),
    ).toEqual(['payments12', 'search7']);
    await userEvent.click(screen.getByRole('option', { name: /^search/ }));

    expect(onChange).toHaveBeenCalledWith('owner', ['group:default/search']);
  });

  it('shows the first value chosen and how many more', async () => {
    renderInTestApp(
      <DashboardFilters
        filters={{ owner: ['group:default/search', 'group:default/payments'] }}
        options={options}
        onChange={() => {}}
        onClear={() => {}}
      />,
    );
    expect(await screen.findByText('search +1')).toHaveAttribute(
      'title',
      'search, payments',
    );
  });

  it('adds to the values already chosen and clears them all', async () => {
    const onChange = jest.fn();
    const onClear = jest.fn();
    renderInTestApp(
      <DashboardFilters
        filters={{ kind: ['component'] }}
        options={options}
        onChange={onChange}
        onClear={onClear}
      />,
    );

    await userEvent.click(await screen.findByLabelText('Kind'));
    await userEvent.click(screen.getByRole('option', { name: /^resource/ }));
    expect(onChange).toHaveBeenCalledWith('kind', ['component', 'resource']);

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    expect(onClear).toHaveBeenCalled();
  });

  it('keeps a value from a shared link that the options lack', async () => {
    renderInTestApp(
      <DashboardFilters
        filters={{ system: ['system:default/gone'] }}
        options={options}
        onChange={() => {}}
        onClear={() => {}}
      />,
    );
    expect(await screen.findByText('gone')).toHaveAttribute('title', 'gone');
  });

  it('shows why the options are missing, with a Retry button', async () => {
    const onRetryOptions = jest.fn();
    renderInTestApp(
      <DashboardFilters
        filters={{}}
        optionsError={new Error('summary unavailable')}
        onRetryOptions={onRetryOptions}
        onChange={() => {}}
        onClear={() => {}}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the filter values: summary unavailable',
    );
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetryOptions).toHaveBeenCalled();
  });
});
