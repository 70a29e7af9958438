import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  componentEntity,
  expectedFixLink,
  fakeFlexInfraApi,
  pending,
  renderForEntity,
  responseError,
  scorecard,
} from '../shared/__testUtils__/fixtures';
import { EntityFlexInfraCard } from './EntityFlexInfraCard';

function renderCard(
  api: ReturnType<typeof fakeFlexInfraApi>,
  props: { tabPath?: string } = {},
) {
  return renderForEntity(<EntityFlexInfraCard {...props} />, {
    entity: componentEntity,
    api,
  });
}

describe('EntityFlexInfraCard', () => {
  it('shows the stage, the score and the next step with its Fix button', async () => {
    const api = fakeFlexInfraApi({ getScorecard: async () => scorecard });
    renderCard(api);

    expect(
      await screen.findByText('Stage 2 · Standardised but Rigid'),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout',
    });
    expect(
      screen.getByRole('img', { name: 'Score 62.5 out of 100' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^DORA: 2\.9 of 4/)).toBeInTheDocument();

    expect(
      screen.getByRole('heading', {
        name: 'Next step to stage 3 · Elastic & Programmable',
      }),
    ).toBeInTheDocument();
    const nextStep = screen.getByRole('list', { name: 'Next step' });
    expect(
      within(nextStep).getByText('Managed as infrastructure as code'),
    ).toBeInTheDocument();
    expect(
      within(nextStep).getByText(
        'Describe the infrastructure in Terraform or OpenTofu.',
      ),
    ).toBeInTheDocument();
    expect(
      within(nextStep).getByRole('button', { name: /Fix with template/ }),
    ).toHaveAttribute('href', expectedFixLink('flexinfra-adopt-iac'));
    // Only the first missing check; the others are counted.
    expect(screen.queryByText('Scales automatically')).not.toBeInTheDocument();
    expect(
      screen.getByText('One more check is missing for this stage.'),
    ).toBeInTheDocument();
  });

  it('counts every further missing check, above the link to the tab', async () => {
    renderCard(
      fakeFlexInfraApi({
        getScorecard: async () => ({
          ...scorecard,
          nextStage: {
            ...scorecard.nextStage!,
            missing: ['iac-managed', 'autoscaling', 'code-quality', 'runbook'],
          },
        }),
      }),
    );

    const more = await screen.findByText(
      '3 more checks are missing for this stage.',
    );
    expect(more).toBeVisible();
    const link = screen.getByRole('link', {
      name: /View the flexibility scorecard/,
    });
    // The count comes before the card's link, at the end of its content.
    expect(
      more.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Next step' })).getByText(
        'Managed as infrastructure as code',
      ),
    ).toBeInTheDocument();
  });

  it('links to the Flexibility tab of the entity page', async () => {
    renderCard(fakeFlexInfraApi({ getScorecard: async () => scorecard }));

    expect(
      await screen.findByRole('link', {
        name: /View the flexibility scorecard/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout/flexibility',
    );
  });

  it('links to the tab where it is mounted', async () => {
    renderCard(fakeFlexInfraApi({ getScorecard: async () => scorecard }), {
      tabPath: '/infrastructure',
    });

    expect(
      await screen.findByRole('link', {
        name: /View the flexibility scorecard/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout/infrastructure',
    );
  });

  it('says when the highest stage is reached', async () => {
    renderCard(
      fakeFlexInfraApi({
        getScorecard: async () => ({
          ...scorecard,
          stage: { number: 5, name: 'Adaptive Platform' },
          nextStage: null,
        }),
      }),
    );

    expect(
      await screen.findByText('This entity has reached the highest stage.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Fix with template/ }),
    ).not.toBeInTheDocument();
  });

  it('says when the entity has not been scored yet', async () => {
    renderCard(fakeFlexInfraApi({ getScorecard: async () => undefined }));

    expect(
      await screen.findByText(
        'Not scored yet. Results appear after the next FlexInfra refresh.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a progress bar while loading', async () => {
    renderCard(fakeFlexInfraApi({ getScorecard: pending }));

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByText(/Stage \d/)).not.toBeInTheDocument();
  });

  it('shows a failed request as an error, and Retry loads again', async () => {
    const api = fakeFlexInfraApi();
    api.getScorecard
      .mockRejectedValueOnce(await responseError(503, 'backend unavailable'))
      .mockResolvedValueOnce(scorecard);
    renderCard(api);

    expect(
      (await screen.findAllByText(/backend unavailable/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/Not scored yet/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByText('Stage 2 · Standardised but Rigid'),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledTimes(2);
  });
});
