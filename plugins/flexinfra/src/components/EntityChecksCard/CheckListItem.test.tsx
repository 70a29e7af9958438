import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import type { ScorecardCheck } from '../../api';
import { model, scorecard } from '../shared/__testUtils__/fixtures';
import { CheckListItem } from './CheckListItem';

const browseUrl = 'https://git.example.com/payments/checkout/tree/main/';

const passing: ScorecardCheck = {
  ...scorecard.checks.find(c => c.id === 'iac-managed')!,
  status: 'pass',
  message: 'Terraform in infra/main.tf and 1 more',
  evidence: [
    {
      origin: 'repository',
      text: 'Terraform in infra/main.tf and 1 more',
      paths: ['infra/main.tf', 'infra/network.tf'],
    },
    { origin: 'declared', text: 'flexinfra.io/iac-tool: terraform' },
  ],
};

function renderItem(check: ScorecardCheck, browse: string | null = browseUrl) {
  return renderInTestApp(
    <ul>
      <CheckListItem
        check={check}
        entityRef="component:default/checkout"
        browseUrl={browse}
        sources={model.sources}
      />
    </ul>,
  );
}

// Rendering in a test app with user events takes a while in a busy run.
jest.setTimeout(15_000);

describe('CheckListItem', () => {
  it('shows the evidence of a passing check, with origins and file links', async () => {
    await renderItem(passing);

    const item = screen.getByRole('listitem', {
      name: 'Managed as infrastructure as code',
    });
    const evidence = within(item).getByRole('list', { name: 'Evidence' });
    expect(within(evidence).getByText('Repository')).toBeInTheDocument();
    expect(within(evidence).getByText('Declared')).toBeInTheDocument();
    expect(
      within(evidence).getByRole('link', { name: /^infra\/main\.tf/ }),
    ).toHaveAttribute('href', `${browseUrl}infra/main.tf`);
    // A passing check needs no remediation.
    expect(
      within(item).queryByText(
        'Describe the infrastructure in Terraform or OpenTofu.',
      ),
    ).not.toBeInTheDocument();
  });

  it('shows no evidence list for a failing check', async () => {
    await renderItem({ ...passing, status: 'fail' });

    expect(
      screen.queryByRole('list', { name: 'Evidence' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('Describe the infrastructure in Terraform or OpenTofu.'),
    ).toBeInTheDocument();
  });

  it('copes with a check without evidence (an older backend)', async () => {
    const { evidence: _, ...withoutEvidence } = passing;
    await renderItem(withoutEvidence as ScorecardCheck);

    expect(screen.getByText('Pass')).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Evidence' }),
    ).not.toBeInTheDocument();
  });

  it('cites its sources below the docs link', async () => {
    await renderItem(passing);

    expect(screen.getByText(/^Sources:/)).toHaveTextContent(
      /^Sources: Flexible Infrastructure.* · Infrastructure as Code$/,
    );
  });
});
