import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ScorecardRepository } from '../../api';
import { ScorecardRepositoryState } from './ScorecardRepositoryState';

const read: ScorecardRepository = {
  target: 'url:https://git.example.com/payments/checkout/tree/main/',
  browseUrl: 'https://git.example.com/payments/checkout/tree/main/',
  analyzed: true,
  error: null,
  problems: [],
};

// Rendering in a test app with user events takes a while in a busy run.
jest.setTimeout(15_000);

describe('ScorecardRepositoryState', () => {
  it('says the repository was read, linking to it', async () => {
    await renderInTestApp(<ScorecardRepositoryState repository={read} />);

    expect(screen.getByText(/^Repository read:/)).toHaveTextContent(
      /^Repository read: git\.example\.com\/payments\/checkout\/tree\/main.*\.$/,
    );
    expect(
      screen.getByRole('link', { name: /^git\.example\.com/ }),
    ).toHaveAttribute('href', read.browseUrl);
    expect(
      screen.queryByRole('button', { name: 'Show problems' }),
    ).not.toBeInTheDocument();
  });

  it('names a repository that cannot be browsed without a link', async () => {
    await renderInTestApp(
      <ScorecardRepositoryState
        repository={{
          ...read,
          target: 'file:../../examples/services/checkout',
          browseUrl: null,
        }}
      />,
    );

    expect(screen.getByText(/^Repository read:/)).toHaveTextContent(
      'Repository read: checkout (local folder).',
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('counts the problems met and lists them on demand', async () => {
    await renderInTestApp(
      <ScorecardRepositoryState
        repository={{
          ...read,
          problems: [
            { path: 'deploy/values.yaml', message: 'not valid YAML' },
            { path: 'infra/big.tf', message: 'larger than 1 MB, skipped' },
          ],
        }}
      />,
    );

    expect(screen.getByText(/^Repository read:/)).toHaveTextContent(
      '(2 problems)',
    );
    expect(
      screen.queryByRole('list', { name: 'Repository problems' }),
    ).not.toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Show problems' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);

    const problems = screen.getByRole('list', { name: 'Repository problems' });
    expect(problems).toBeVisible();
    expect(problems).toHaveAttribute(
      'id',
      toggle.getAttribute('aria-controls'),
    );
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      expect.stringMatching(/^deploy\/values\.yaml.*: not valid YAML$/),
      expect.stringMatching(/^infra\/big\.tf.*: larger than 1 MB, skipped$/),
    ]);
    expect(
      within(problems).getByRole('link', { name: /^deploy\/values\.yaml/ }),
    ).toHaveAttribute('href', `${read.browseUrl}deploy/values.yaml`);

    await userEvent.click(
      screen.getByRole('button', { name: 'Hide problems' }),
    );
    expect(problems).not.toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('says "1 problem" for one, and lists a file of a repository that cannot be browsed as text', async () => {
    await renderInTestApp(
      <ScorecardRepositoryState
        repository={{
          ...read,
          target: 'file:../../examples/services/checkout',
          browseUrl: null,
          problems: [{ path: 'deploy/values.yaml', message: 'not valid YAML' }],
        }}
      />,
    );

    expect(screen.getByText(/^Repository read:/)).toHaveTextContent(
      '(1 problem)',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Show problems' }),
    );
    const problems = screen.getByRole('list', { name: 'Repository problems' });
    expect(problems).toHaveTextContent('deploy/values.yaml: not valid YAML');
    expect(within(problems).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says why a repository could not be read, and that catalog evidence still counts', async () => {
    await renderInTestApp(
      <ScorecardRepositoryState
        repository={{
          ...read,
          analyzed: false,
          error: 'no integration is configured for git.example.com',
          problems: [],
        }}
      />,
    );

    expect(screen.getByText(/^Repository not read/)).toHaveTextContent(
      'Repository not read: no integration is configured for git.example.com; catalog evidence still counts.',
    );
    expect(screen.queryByText(/^Repository read/)).not.toBeInTheDocument();
  });

  it('renders nothing when no repository is read for the entity', async () => {
    await renderInTestApp(
      <div data-testid="host">
        <ScorecardRepositoryState repository={null} />
      </div>,
    );

    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
