import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import type { SourceDocument } from '@flexinfra/backstage-plugin-flexinfra-common';
import { CheckSources } from './CheckSources';

const dora: SourceDocument = {
  id: 'dora-flexible-infrastructure',
  title: 'Flexible Infrastructure',
  publisher: 'DORA (capability catalog)',
  url: 'https://dora.dev/capabilities/flexible-infrastructure/',
  summary: "NIST's five characteristics of cloud computing.",
};

const iac: SourceDocument = {
  id: 'infrastructure-as-code',
  title: 'Infrastructure as Code',
  publisher: 'Reflex documentation',
  url: null,
  summary: 'Infrastructure changes as tested, reviewed code.',
};

// Rendering in a test app with user events takes a while in a busy run.
jest.setTimeout(15_000);

describe('CheckSources', () => {
  it('cites each source by title, linked where it has an address', async () => {
    await renderInTestApp(<CheckSources sources={[dora, iac]} />);

    const line = screen.getByText(/^Sources:/);
    expect(line).toHaveTextContent(
      /^Sources: Flexible Infrastructure.* · Infrastructure as Code$/,
    );
    expect(
      screen.getByRole('link', { name: /^Flexible Infrastructure/ }),
    ).toHaveAttribute(
      'href',
      'https://dora.dev/capabilities/flexible-infrastructure/',
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('Infrastructure as Code')).toHaveAttribute(
      'title',
      'Reflex documentation',
    );
  });

  it('says "Source" for a single one', async () => {
    await renderInTestApp(<CheckSources sources={[iac]} />);

    expect(screen.getByText(/^Source:/)).toHaveTextContent(
      'Source: Infrastructure as Code',
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('renders nothing when the check cites no source', async () => {
    await renderInTestApp(
      <div data-testid="host">
        <CheckSources sources={[]} />
      </div>,
    );

    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
