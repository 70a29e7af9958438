import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckEvidence } from '@flexinfra/backstage-plugin-flexinfra-common';
import { CheckEvidenceList } from './CheckEvidenceList';

const browseUrl = 'https://git.example.com/payments/checkout/tree/main/';

const terraform: CheckEvidence = {
  origin: 'repository',
  text: 'Terraform in infra/main.tf and 1 more',
  paths: ['infra/main.tf', 'infra/network.tf'],
};

/** The chip with this label. */
function chip(label: string) {
  return screen.getByText(label).closest('.MuiChip-root') as HTMLElement;
}

/** The evidence list item that says this. */
function item(text: string) {
  return screen.getByText(text).closest('li') as HTMLElement;
}

// Rendering in a test app with user events takes a while in a busy run.
jest.setTimeout(15_000);

describe('CheckEvidenceList', () => {
  it('shows each piece of evidence with a chip naming where it came from', async () => {
    await renderInTestApp(
      <CheckEvidenceList
        browseUrl={browseUrl}
        evidence={[
          terraform,
          { origin: 'catalog', text: 'Owned by group:default/payments' },
          { origin: 'declared', text: 'flexinfra.io/autoscaling: hpa' },
          {
            origin: 'provider',
            provider: 'sonarqube',
            text: 'Quality gate passed',
          },
        ]}
      />,
    );

    const list = screen.getByRole('list', { name: 'Evidence' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(li => li.querySelector('.MuiChip-label')?.textContent),
    ).toEqual(['Repository', 'Catalog', 'Declared', 'sonarqube']);
    expect(
      within(item('Owned by group:default/payments')).getByText('Catalog'),
    ).toBeInTheDocument();
    expect(
      within(item('Quality gate passed')).getByText('sonarqube'),
    ).toBeInTheDocument();
    expect(chip('Repository')).toHaveAccessibleDescription(
      "Found in the files of the entity's repository",
    );
    expect(chip('Catalog')).toHaveAccessibleDescription(
      "From the entity's catalog metadata",
    );
    expect(chip('sonarqube')).toHaveAccessibleDescription(
      'Reported by the sonarqube fact provider',
    );
  });

  it('says that declared evidence is self-declared, not verified', async () => {
    await renderInTestApp(
      <CheckEvidenceList
        evidence={[
          { origin: 'declared', text: 'flexinfra.io/autoscaling: hpa' },
        ]}
      />,
    );

    expect(chip('Declared')).toHaveClass('MuiChip-outlined');
    await userEvent.hover(chip('Declared'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Self-declared in flexinfra.io annotations, not verified from files',
    );
  });

  it("links a repository evidence's files into the repository", async () => {
    await renderInTestApp(
      <CheckEvidenceList evidence={[terraform]} browseUrl={browseUrl} />,
    );

    expect(
      screen.getByRole('link', { name: /^infra\/main\.tf/ }),
    ).toHaveAttribute('href', `${browseUrl}infra/main.tf`);
    expect(
      screen.getByRole('link', { name: /^infra\/network\.tf/ }),
    ).toHaveAttribute('href', `${browseUrl}infra/network.tf`);
    expect(screen.getByText(/^Files:/)).not.toHaveTextContent(/and \d+ more/);
  });

  it('shows the files as text when the repository cannot be browsed', async () => {
    await renderInTestApp(
      <CheckEvidenceList evidence={[terraform]} browseUrl={null} />,
    );

    expect(screen.getByText('infra/main.tf').tagName).toBe('CODE');
    expect(screen.getByText('infra/network.tf')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('lists the first three files, then how many more', async () => {
    await renderInTestApp(
      <CheckEvidenceList
        browseUrl={browseUrl}
        evidence={[
          {
            origin: 'repository',
            text: 'GitHub Actions workflow in .github/workflows/build.yml and 4 more',
            paths: [
              '.github/workflows/build.yml',
              '.github/workflows/deploy.yml',
              '.github/workflows/lint.yml',
              '.github/workflows/nightly.yml',
              '.github/workflows/release.yml',
            ],
          },
        ]}
      />,
    );

    const files = screen.getByText(/^Files:/);
    expect(
      within(files)
        .getAllByRole('link')
        .map(link => link.querySelector('code')?.textContent),
    ).toEqual([
      '.github/workflows/build.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/lint.yml',
    ]);
    expect(files).toHaveTextContent(/and 2 more$/);
    expect(
      screen.queryByText('.github/workflows/nightly.yml'),
    ).not.toBeInTheDocument();
  });

  it('shows no files for evidence that is not from the repository', async () => {
    await renderInTestApp(
      <CheckEvidenceList
        browseUrl={browseUrl}
        evidence={[
          {
            origin: 'catalog',
            text: 'Terraform workspace annotation',
            paths: ['infra/main.tf'],
          },
        ]}
      />,
    );

    expect(screen.getByText('Terraform workspace annotation')).toBeVisible();
    expect(screen.queryByText(/^Files:/)).not.toBeInTheDocument();
  });

  it('renders nothing without evidence', async () => {
    await renderInTestApp(
      <div data-testid="host">
        <CheckEvidenceList evidence={[]} browseUrl={browseUrl} />
      </div>,
    );

    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
