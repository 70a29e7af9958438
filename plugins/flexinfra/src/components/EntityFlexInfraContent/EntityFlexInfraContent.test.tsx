import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FlexInfraStatus, ScorecardHistoryEntry } from '../../api';
import {
  adoptionRun,
  componentEntity,
  expectedFixLink,
  fakeFlexInfraApi,
  finishedRunStatus,
  model,
  pending,
  renderForEntity,
  responseError,
  rollupSummary,
  scorecard,
  systemEntity,
} from '../shared/__testUtils__/fixtures';
import { EntityFlexInfraContent } from './EntityFlexInfraContent';

const checkoutRef = {
  kind: 'Component',
  namespace: 'default',
  name: 'checkout',
};

function history(
  ...points: Array<[recordedAt: string, score: number]>
): ScorecardHistoryEntry[] {
  return points
    .map(([recordedAt, score]) => ({
      recordedAt,
      outcome: 'scored' as const,
      stage: 2,
      score,
      doraScore: 1 + (3 * score) / 100,
      modelVersion: 'abc123def456',
      changes: [],
    }))
    .reverse(); // the backend answers newest first
}

function scoredApi(historyEntries: ScorecardHistoryEntry[] = []) {
  return fakeFlexInfraApi({
    getScorecard: async () => scorecard,
    getHistory: async () => historyEntries,
    getModel: async () => model,
  });
}

function renderContent(
  api: ReturnType<typeof fakeFlexInfraApi>,
  options: { entity?: typeof componentEntity; scaffolder?: boolean } = {},
) {
  return renderForEntity(<EntityFlexInfraContent />, {
    entity: options.entity ?? componentEntity,
    api,
    scaffolder: options.scaffolder,
  });
}

/** The card with this title. */
async function findCard(title: string) {
  return (await screen.findByText(title)).closest(
    '.MuiCard-root',
  ) as HTMLElement;
}

/** The list item of a check, found by its title. */
function checkItem(title: string) {
  return screen.getByRole('listitem', { name: title });
}

// Rendering the whole tab with its five cards takes a while in a busy run,
// for the test and for each `findBy…` in it.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('EntityFlexInfraContent', () => {
  describe('for a scored entity', () => {
    it("shows the stage by name and number, the score, the DORA score and the result's freshness", async () => {
      const api = scoredApi();
      renderContent(api);

      const card = await findCard('Infrastructure flexibility');
      expect(api.getScorecard).toHaveBeenCalledWith(checkoutRef);
      expect(
        within(card).getByText('Stage 2 · Standardised but Rigid'),
      ).toBeInTheDocument();
      expect(
        within(card).getByRole('img', { name: 'Score 62.5 out of 100' }),
      ).toHaveTextContent('63');
      expect(
        within(card).getByText(/DORA flexible infrastructure: 2\.9 of 4/),
      ).toHaveTextContent('(Limited Automation)');
      expect(within(card).getByText(/^Repository read:/)).toHaveTextContent(
        /^Repository read: git\.example\.com\/payments\/checkout\/tree\/main/,
      );
      const freshness = within(card).getByText(/^Computed/);
      expect(freshness).toHaveTextContent(
        'Computed 3 hours ago with model abc123def456; last changed 5 days ago.',
      );
    });

    it('groups the checks by the stage they gate, then the score-only checks', async () => {
      renderContent(scoredApi());

      const checksCard = await findCard('Checks');
      const sections = within(checksCard).getAllByRole('region');
      expect(sections.map(s => s.getAttribute('aria-label'))).toEqual([
        'Stage 2 · Standardised but Rigid',
        'Stage 3 · Elastic & Programmable',
        'Stage 4 · Resilient & Optimised',
        'Score only',
      ]);
      // The checks' own items, not the items of their evidence lists.
      const titlesIn = (section: HTMLElement) =>
        within(section)
          .getAllByRole('listitem')
          .map(item => item.getAttribute('aria-label'))
          .filter(title => title !== null);
      expect(titlesIn(sections[0])).toEqual([
        'Has an owner',
        'Built by a CI pipeline',
      ]);
      expect(titlesIn(sections[1])).toEqual([
        'Managed as infrastructure as code',
        'Scales automatically',
      ]);
      expect(titlesIn(sections[3])).toEqual(['Code quality is measured']);
      expect(sections[0]).toHaveTextContent('2 of 2 passed or waived');
      expect(sections[1]).toHaveTextContent('0 of 2 passed or waived');
    });

    it('shows each check with its status, message, remediation, docs and Fix button', async () => {
      renderContent(scoredApi());
      await screen.findByText('Checks');

      const failing = checkItem('Managed as infrastructure as code');
      expect(within(failing).getByText('Fail')).toBeInTheDocument();
      expect(
        within(failing).getByText('Missing annotation flexinfra.io/iac-tool.'),
      ).toBeInTheDocument();
      expect(
        within(failing).getByText(
          'Describe the infrastructure in Terraform or OpenTofu.',
        ),
      ).toBeInTheDocument();
      expect(within(failing).getByText('Docs').closest('a')).toHaveAttribute(
        'href',
        'https://flexinfra.example/docs/model#iac-managed',
      );
      expect(
        within(failing).getByRole('button', { name: /Fix with template/ }),
      ).toHaveAttribute('href', expectedFixLink('flexinfra-adopt-iac'));

      const passing = checkItem('Has an owner');
      expect(within(passing).getByText('Pass')).toBeInTheDocument();
      expect(
        within(passing).getByText('Found evidence for owned.'),
      ).toBeInTheDocument();
      expect(
        within(passing).queryByText('Do what owned asks.'),
      ).not.toBeInTheDocument();
      expect(
        within(passing).queryByRole('button', { name: /Fix with template/ }),
      ).not.toBeInTheDocument();

      expect(
        within(checkItem('Built by a CI pipeline')).getByText('Waived'),
      ).toBeInTheDocument();
      expect(
        within(checkItem('Backed up')).getByText('Not applicable'),
      ).toBeInTheDocument();
      // A failing check without a template has no Fix button.
      expect(
        within(checkItem('Code quality is measured')).queryByRole('button', {
          name: /Fix with template/,
        }),
      ).not.toBeInTheDocument();
    });

    it("shows a passing check's evidence and every check's sources", async () => {
      const api = scoredApi();
      renderContent(api);
      await screen.findByText('Checks');

      const owned = checkItem('Has an owner');
      const evidence = within(owned).getByRole('list', { name: 'Evidence' });
      expect(evidence).toHaveTextContent(
        'CatalogOwned by group:default/payments',
      );
      expect(api.getModel).toHaveBeenCalledTimes(1);
      expect(await within(owned).findByText(/^Source:/)).toHaveTextContent(
        'Source: Flexible Infrastructure',
      );
      const iac = checkItem('Managed as infrastructure as code');
      expect(within(iac).getByText(/^Sources:/)).toHaveTextContent(
        /^Sources: Flexible Infrastructure.* · Infrastructure as Code$/,
      );
      expect(
        within(iac).getByRole('link', { name: /^Flexible Infrastructure/ }),
      ).toHaveAttribute(
        'href',
        'https://dora.dev/capabilities/flexible-infrastructure/',
      );
    });

    it('still shows the checks, without sources, when the model cannot be loaded', async () => {
      const api = scoredApi();
      api.getModel.mockRejectedValue(await responseError(500, 'no model'));
      renderContent(api);
      await screen.findByText('Checks');

      await waitFor(() => expect(api.getModel).toHaveBeenCalled());
      expect(
        within(checkItem('Has an owner')).getByRole('list', {
          name: 'Evidence',
        }),
      ).toBeInTheDocument();
      expect(screen.queryByText(/^Sources?:/)).not.toBeInTheDocument();
      expect(screen.queryByText(/no model/)).not.toBeInTheDocument();
    });

    it('says in the headline whether the repository was read', async () => {
      const api = scoredApi();
      api.getScorecard.mockResolvedValue({
        ...scorecard,
        repository: {
          ...scorecard.repository!,
          analyzed: false,
          error: 'the repository could not be reached (HTTP 404)',
        },
      });
      renderContent(api);

      const card = await findCard('Infrastructure flexibility');
      expect(within(card).getByText(/^Repository not read/)).toHaveTextContent(
        'Repository not read: the repository could not be reached (HTTP 404); catalog evidence still counts.',
      );
    });

    it('shows the next stage and every check missing for it', async () => {
      renderContent(scoredApi());

      const card = await findCard('Next stage');
      const missing = within(card).getByRole('list', {
        name: 'Missing for stage 3',
      });
      expect(
        within(card).getByText('Stage 3 · Elastic & Programmable'),
      ).toBeVisible();
      expect(
        within(card).getByText('2 checks are missing for this stage:'),
      ).toBeVisible();
      expect(
        within(missing)
          .getAllByRole('heading')
          .map(h => h.textContent),
      ).toEqual(['Managed as infrastructure as code', 'Scales automatically']);
      expect(
        within(missing)
          .getAllByRole('button', { name: /Fix with template/ })
          .map(b => b.getAttribute('href')),
      ).toEqual([
        expectedFixLink('flexinfra-adopt-iac'),
        expectedFixLink('flexinfra-autoscaling-observability'),
      ]);
    });

    it('says which campaigns the entity is part of and what it must do for each', async () => {
      const api = scoredApi();
      api.getEntityCampaigns.mockResolvedValue([
        {
          id: '7',
          title: 'Payments as code',
          owner: 'group:default/platform',
          target: { stage: 3 },
          dueDate: '2027-03-31',
          atTarget: false,
          missing: [
            {
              checkId: 'iac-managed',
              title: 'Managed as infrastructure as code',
              template: 'template:default/flexinfra-adopt-iac',
            },
          ],
        },
        {
          id: '8',
          title: 'Owners everywhere',
          owner: 'user:default/ada',
          target: { checks: ['owned'] },
          dueDate: '2027-06-30',
          atTarget: true,
          missing: [],
        },
      ]);
      renderContent(api);

      const card = await findCard('Campaigns');
      expect(
        within(card).getByText('This entity is part of 2 campaigns'),
      ).toBeVisible();
      const payments = within(card).getByRole('region', {
        name: 'Campaign Payments as code',
      });
      expect(
        within(payments).getByRole('link', { name: 'Payments as code' }),
      ).toHaveAttribute('href', '/flexinfra/campaigns/7');
      expect(payments).toHaveTextContent(
        'Stage 3 · Elastic & Programmable by 2027-03-31, run by platform',
      );
      expect(within(payments).getByText('To do')).toBeVisible();
      expect(
        within(payments).getByRole('button', { name: /Fix with template/ }),
      ).toHaveAttribute('href', expectedFixLink('flexinfra-adopt-iac'));

      const owners = within(card).getByRole('region', {
        name: 'Campaign Owners everywhere',
      });
      expect(within(owners).getByText('At target')).toBeVisible();
      expect(owners).toHaveTextContent(
        `Pass: ${
          model.checks.find(c => c.id === 'owned')!.title
        } by 2027-06-30`,
      );
      expect(within(owners).queryByRole('button')).not.toBeInTheDocument();
      expect(api.getEntityCampaigns).toHaveBeenCalledWith(checkoutRef);
    });

    it('lists the template runs for the entity and what each fixed, under its score history', async () => {
      const api = scoredApi();
      api.getEntityAdoption.mockResolvedValue([
        adoptionRun({
          outcome: 'fixed',
          fixedChecks: [
            {
              id: 'iac-managed',
              title: 'Managed as infrastructure as code',
              fixedAt: '2026-12-14T10:00:00.000Z',
              daysToFix: 2,
            },
          ],
          daysToFix: 2,
        }),
      ]);
      renderContent(api);

      const card = await findCard('Score history');
      const runs = await within(card).findByRole('list', {
        name: 'Template runs',
      });
      expect(runs).toHaveTextContent(
        'flexinfra-adopt-iac, 12 Dec: iac-managed now passes (2 days later)',
      );
      expect(api.getEntityAdoption).toHaveBeenCalledWith(checkoutRef);
    });

    it('shows no campaigns card when the entity is in none', async () => {
      const api = scoredApi();
      api.getEntityCampaigns.mockResolvedValue([]);
      renderContent(api);
      await screen.findByText('Checks');
      expect(screen.queryByText('Campaigns')).not.toBeInTheDocument();
    });

    it('falls back to the /create template page when the scaffolder route is not bound', async () => {
      renderContent(scoredApi(), { scaffolder: false });
      await screen.findByText('Checks');

      expect(
        within(checkItem('Managed as infrastructure as code')).getByRole(
          'button',
          { name: /Fix with template/ },
        ),
      ).toHaveAttribute(
        'href',
        expectedFixLink(
          'flexinfra-adopt-iac',
          'component:default/checkout',
          '/create/templates/default',
        ),
      );
    });

    it('draws a bar per dimension', async () => {
      renderContent(scoredApi());

      const iac = await screen.findByRole('progressbar', {
        name: 'Infrastructure as code',
      });
      expect(iac).toHaveAttribute('aria-valuenow', '40');
      expect(
        screen.getByRole('progressbar', { name: 'Rapid elasticity' }),
      ).toHaveAttribute('aria-valuenow', '0');
      expect(
        screen.queryByRole('progressbar', { name: 'Broad network access' }),
      ).not.toBeInTheDocument();
      expect(
        screen.getByText('Not applicable', { selector: 'p' }),
      ).toBeVisible();
    });

    it('charts the score history, oldest first, up to the current result', async () => {
      const api = scoredApi(
        history(
          ['2025-01-10T10:00:00.000Z', 20],
          ['2025-02-10T10:00:00.000Z', 40],
        ),
      );
      renderContent(api);

      const chart = await screen.findByRole('figure', {
        name: /^Score history from/,
      });
      expect(api.getHistory).toHaveBeenCalledWith(checkoutRef, { limit: 100 });
      expect(chart.getAttribute('aria-label')).toBe(
        `Score history from ${new Date(
          '2025-01-10T10:00:00.000Z',
        ).toLocaleDateString()} (20) to ${new Date(
          scorecard.computedAt,
        ).toLocaleDateString()} (62.5)`,
      );
    });

    it('charts a single recorded score when a template ran for the entity, with the run marked', async () => {
      const api = scoredApi([]);
      api.getEntityAdoption.mockResolvedValue([
        adoptionRun({ status: 'failed', outcome: 'failed' }),
      ]);
      renderContent(api);

      const card = await findCard('Score history');
      expect(
        await within(card).findByRole('figure', {
          name: /^Score history from .*, with 1 template run marked$/,
        }),
      ).toBeInTheDocument();
      expect(
        within(card).getByRole('list', { name: 'Template runs' }),
      ).toHaveTextContent('flexinfra-adopt-iac, 12 Dec: the run failed');
      expect(
        within(card).queryByText(
          'The trend appears once the score has been recorded more than once.',
        ),
      ).not.toBeInTheDocument();
    });

    it('says the trend comes later when there is no history yet', async () => {
      renderContent(scoredApi([]));

      expect(
        await screen.findByText(
          'The trend appears once the score has been recorded more than once.',
        ),
      ).toBeInTheDocument();
    });

    it('shows a failed history request as an error with Retry', async () => {
      const api = scoredApi();
      api.getHistory
        .mockRejectedValueOnce(await responseError(500, 'history is down'))
        .mockResolvedValueOnce(
          history(['2025-01-10T10:00:00.000Z', 20]).concat(
            history(['2025-01-01T10:00:00.000Z', 10]),
          ),
        );
      renderContent(api);

      expect(
        (await screen.findAllByText(/history is down/)).length,
      ).toBeGreaterThan(0);
      const historyCard = await findCard('Score history');
      await userEvent.click(
        within(historyCard).getByRole('button', { name: 'Retry' }),
      );

      expect(
        await screen.findByRole('figure', { name: /^Score history from/ }),
      ).toBeInTheDocument();
      expect(api.getHistory).toHaveBeenCalledTimes(2);
    });
  });

  describe('for an entity that has not been scored', () => {
    it('shows an empty state saying when results will appear', async () => {
      const api = fakeFlexInfraApi({
        getScorecard: async () => undefined,
        getStatus: async () => finishedRunStatus,
      });
      renderContent(api);

      expect(await screen.findByText('Not scored yet')).toBeInTheDocument();
      expect(
        screen.getByText('FlexInfra has not scored Checkout yet.'),
      ).toBeInTheDocument();
      expect(
        await screen.findByText(/^The last refresh finished/),
      ).toHaveTextContent(
        'The last refresh finished 2 hours ago. Results appear after the next refresh',
      );
      expect(api.getHistory).not.toHaveBeenCalled();
      expect(screen.queryByText('Checks')).not.toBeInTheDocument();
    });

    it('says so when a refresh is running', async () => {
      const running: FlexInfraStatus = {
        ...finishedRunStatus,
        lastRun: {
          ...finishedRunStatus.lastRun!,
          status: 'running',
          startedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
          finishedAt: null,
        },
      };
      renderContent(
        fakeFlexInfraApi({
          getScorecard: async () => undefined,
          getStatus: async () => running,
        }),
      );

      expect(
        await screen.findByText(/^A refresh is running now/),
      ).toHaveTextContent(
        'A refresh is running now (started 5 minutes ago). Results appear when it has finished.',
      );
    });

    it('still shows the empty state when the refresh status cannot be read', async () => {
      renderContent(
        fakeFlexInfraApi({
          getScorecard: async () => undefined,
          getStatus: async () => {
            throw new Error('status is down');
          },
        }),
      );

      expect(
        await screen.findByText('Results appear after the next refresh.'),
      ).toBeInTheDocument();
      expect(screen.getByText('Not scored yet')).toBeInTheDocument();
    });
  });

  it('shows why an invalid entity could not be scored', async () => {
    renderContent(
      fakeFlexInfraApi({
        getScorecard: async () => ({
          ...scorecard,
          outcome: 'invalid',
          stage: null,
          nextStage: null,
          score: null,
          doraScore: null,
          checks: [],
          error: 'spec.lifecycle is not a string',
        }),
      }),
    );

    expect(
      await screen.findByText(/FlexInfra could not score this entity/),
    ).toBeInTheDocument();
    expect(screen.getByText(/spec\.lifecycle is not a string/)).toBeVisible();
  });

  it('shows a progress bar while loading', async () => {
    renderContent(fakeFlexInfraApi({ getScorecard: pending }));

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByText('Checks')).not.toBeInTheDocument();
    expect(screen.queryByText('Not scored yet')).not.toBeInTheDocument();
  });

  it('shows a failed request as an error, and Retry loads again', async () => {
    const api = scoredApi();
    api.getScorecard
      .mockRejectedValueOnce(await responseError(500, 'database is down'))
      .mockResolvedValueOnce(scorecard);
    renderContent(api);

    expect(
      await screen.findByText(/Could not load the FlexInfra scorecard/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/database is down/).length).toBeGreaterThan(0);
    expect(screen.queryByText('Not scored yet')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Checks')).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledTimes(2);
    expect(screen.queryAllByText(/database is down/)).toHaveLength(0);
  });

  it('shows the rollup for a System instead of a scorecard', async () => {
    const api = fakeFlexInfraApi({
      getSummary: async () => ({ ...rollupSummary, groupBy: 'system' }),
      listEntities: async () => ({ items: [] }),
    });
    renderContent(api, { entity: systemEntity });

    expect(
      await screen.findByLabelText('Scored entities: 10'),
    ).toBeInTheDocument();
    expect(api.getSummary).toHaveBeenCalledWith({
      groupBy: 'system',
      filters: { system: ['system:default/shop'] },
    });
    await waitFor(() => expect(api.listEntities).toHaveBeenCalled());
    expect(api.getScorecard).not.toHaveBeenCalled();
  });
});
