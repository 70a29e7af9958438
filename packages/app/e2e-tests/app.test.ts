import { test, expect, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `scripts/screenshots.sh` asks the tests to refresh the README's pictures. */
const screenshotDir = process.env.FLEXINFRA_SCREENSHOT_DIR;

async function snap(page: Page, name: string) {
  if (!screenshotDir) {
    return;
  }
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`) });
}

/** Like {@link snap}, of the card with this title, scrolled to. */
async function snapCard(page: Page, title: string, name: string) {
  if (!screenshotDir) {
    return;
  }
  const card = page
    .locator('[class*="MuiCard-root"]')
    .filter({ has: page.getByText(title, { exact: true }) });
  await card.scrollIntoViewIfNeeded();
  mkdirSync(screenshotDir, { recursive: true });
  await card.screenshot({ path: resolve(screenshotDir, `${name}.png`) });
}

async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enterButton = page.getByRole('button', { name: 'Enter' });
  await expect(enterButton).toBeVisible();
  await enterButton.click();
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    nav.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

test('a guest signs in and sees the example catalog', async ({ page }) => {
  await signInAsGuest(page);

  // The catalog lists the example services (the table shows owned ones first;
  // "All" shows the whole example catalog).
  await page.getByText('All', { exact: true }).first().click();
  await expect(
    page.getByRole('link', { name: 'checkout-api', exact: true }),
  ).toBeVisible();
  await snap(page, 'catalog');
});

test('an example entity page shows the entity', async ({ page }) => {
  await signInAsGuest(page);
  await page.getByText('All', { exact: true }).first().click();
  await page.getByRole('link', { name: 'checkout-api', exact: true }).click();

  await expect(page).toHaveURL(/\/component\/checkout-api/);
  await expect(
    page.getByRole('heading', { name: 'checkout-api' }).first(),
  ).toBeVisible();
  // Its metadata from examples/repos/checkout-api/catalog-info.yaml is rendered, header and About card.
  await expect(page.getByText('commerce-web').first()).toBeVisible();
  await expect(page.getByText('production').first()).toBeVisible();
  await expect(page.getByText('About', { exact: true })).toBeVisible();
  await expect(
    page.getByText(
      'Basket, pricing and order placement API behind the storefront.',
    ),
  ).toBeVisible();
});

/**
 * Reloads the page until the text shows: the backend scores the example
 * catalog every 30 s, so right after start there may be nothing yet.
 */
async function reloadUntilVisible(page: Page, text: string) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(text, { exact: true })).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });
}

/** Opens an entity's Flexibility tab once the entity has been scored. */
async function openFlexibilityTab(page: Page, kind: string, name: string) {
  await page.goto(`/catalog/default/${kind}/${name}/flexibility`);
  await reloadUntilVisible(page, 'Checks');
}

test("an example service's Flexibility tab shows its stage and checks", async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.getByText('All', { exact: true }).first().click();
  await page.getByRole('link', { name: 'checkout-api', exact: true }).click();
  await page.getByText('Flexibility', { exact: true }).click();
  await expect(page).toHaveURL(/\/component\/checkout-api\/flexibility/);
  await openFlexibilityTab(page, 'component', 'checkout-api');

  // checkout-api is designed to sit on stage 4 (examples/README.md).
  await expect(page.getByText('Resilient & Optimised').first()).toBeVisible();
  await expect(
    page.getByText('Infrastructure is defined as code').first(),
  ).toBeVisible();
  // Its evidence comes from its repository's files (examples/repos/checkout-api),
  // shown with where it came from.
  await expect(page.getByText(/Found Terraform in /).first()).toBeVisible();
  await expect(
    page.getByText('Repository', { exact: true }).first(),
  ).toBeVisible();
  await snap(page, 'entity-flexibility-tab');

  // The overview tab's card says where it stands and what to do next.
  await page.getByText('Overview', { exact: true }).click();
  await expect(page).not.toHaveURL(/flexibility/);
  await expect(page.getByText('About', { exact: true })).toBeVisible();
  const card = page.getByText('Infrastructure flexibility').first();
  await expect(card).toBeVisible();
  await expect(page.getByText(/Stage 4/).first()).toBeVisible();
  await card.evaluate(el => el.scrollIntoView({ block: 'start' }));
  // The card's last line is not clipped by the page layout: scrolled to, it
  // shows in the viewport (an ancestor hiding its overflow would clip it).
  const lastLine = page.getByText(
    /more checks? (are|is) missing for this stage/,
  );
  // Scrolled again until it holds: cards above it (the relations graph) may
  // still be growing when it is first scrolled to.
  await expect(async () => {
    await lastLine.scrollIntoViewIfNeeded();
    await expect(lastLine).toBeInViewport({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await snap(page, 'entity-page');
});

test('"Fix with template" opens the template with the entity filled in', async ({
  page,
}) => {
  await signInAsGuest(page);
  await openFlexibilityTab(page, 'component', 'invoice-service');

  const fix = page.getByText('Fix with template', { exact: true }).first();
  await expect(fix).toBeVisible();
  await fix.click();

  await expect(page).toHaveURL(/\/create\/templates\/default\/flexinfra-/);
  // The template's entityRef parameter (an EntityPicker) is filled in.
  await expect(page.getByRole('textbox', { name: 'Service' })).toHaveValue(
    'component:default/invoice-service',
  );
  await snap(page, 'fix-with-template');
});

test('the dashboard shows the stage distribution and the teams', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'FlexInfra', exact: true })
    .click();
  await expect(page).toHaveURL(/\/flexinfra$/);

  await reloadUntilVisible(page, 'Teams');
  await expect(
    page.getByText('1 · Static & Constrained').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /payments/i }).first(),
  ).toBeVisible();
  // The example catalog waives no check: the waivers card says so.
  await expect(page.getByText('No active waivers')).toBeVisible();
  // The templates the model links, each linking to its page in the catalog
  // (named by its title once a run of it was read; the last test runs one).
  const templates = page.getByRole('table', { name: 'Templates' });
  await expect(
    templates.locator(
      'a[href$="/catalog/default/template/flexinfra-adopt-iac"]',
    ),
  ).toBeVisible();
  await snap(page, 'dashboard');
});

test('the FlexInfra page shows the maturity model from the backend', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'FlexInfra', exact: true })
    .click();

  await expect(page).toHaveURL(/\/flexinfra$/);
  for (const stage of [
    'Static & Constrained',
    'Standardised but Rigid',
    'Elastic & Programmable',
    'Resilient & Optimised',
    'Adaptive Platform',
  ]) {
    await expect(page.getByText(stage, { exact: true })).toBeVisible();
  }
  await expect(page.getByText('On-Demand and Elastic')).toBeVisible();
});

test('a platform owner creates a campaign, follows its progress and finds it on an entity', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'FlexInfra', exact: true })
    .click();
  await page.getByRole('tab', { name: 'Campaigns' }).click();
  await expect(page).toHaveURL(/\/flexinfra\/campaigns$/);
  // A retry finds the first attempt's campaign: each attempt names its own.
  const retry = test.info().retry;
  const title = `Payments resilient by spring${
    retry ? ` (retry ${retry})` : ''
  }`;

  await page.getByRole('button', { name: 'New campaign' }).click();
  const dialog = page.getByRole('dialog', { name: 'New campaign' });
  await dialog.getByLabel('Title').fill(title);
  await dialog
    .getByLabel('Description')
    .fill('Every payments service at stage 4, resilient and optimised.');
  // An owner that is not in the catalog comes back from the backend on its field.
  await dialog.getByLabel('Owner').fill('group:default/nobody');
  await dialog.getByLabel('Scope entity').fill('group:default/payments');
  await dialog.getByRole('button', { name: /Elastic & Programmable/ }).click();
  await page.getByRole('option', { name: '4 · Resilient & Optimised' }).click();
  await dialog.getByRole('button', { name: 'Add milestone' }).click();
  await dialog.getByLabel('Milestone 1 share at target').fill('50');
  await dialog.getByRole('button', { name: 'Create campaign' }).click();
  await expect(
    dialog.getByText('no entity group:default/nobody in the catalog'),
  ).toBeVisible();

  await dialog.getByLabel('Owner').fill('group:default/platform');
  await dialog.getByRole('button', { name: 'Create campaign' }).click();

  // The new campaign's page: where it stands, the chart, teams, what is left.
  await expect(page).toHaveURL(/\/flexinfra\/campaigns\/[^/]+$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const facts = page.getByRole('table', { name: 'Campaign' });
  await expect(facts.getByRole('row', { name: /^At target/ })).toContainText(
    / of \d+\)/,
  );
  await expect(facts).toContainText('payments and its teams');
  await expect(facts).toContainText('Stage 4 · Resilient & Optimised');
  await expect(
    page.getByRole('figure', { name: /^Share at target: / }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Teams' }).getByRole('link').first(),
  ).toBeVisible();
  await snap(page, 'campaign');

  // An entity in scope (payments-core's invoice service) shows the campaign.
  await openFlexibilityTab(page, 'component', 'invoice-service');
  const box = page.getByRole('region', { name: `Campaign ${title}` });
  await expect(box).toBeVisible();
  await expect(box).toContainText('Stage 4 · Resilient & Optimised');

  // The box links back to the campaign, which is listed with its share.
  await box.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('link', { name: 'All campaigns' }).click();
  const list = page.getByRole('table', { name: 'Campaigns' });
  await expect(list).toContainText(title);
  await expect(
    page.getByRole('button', { name: 'New campaign' }),
  ).toBeEnabled();
  await expect(list).toContainText(
    /\d+(\.\d)?% \(\d+ of \d+\), (on track|behind|done|no trend yet)/,
  );
  await snap(page, 'campaigns');
});

test("a campaign's owner hears through Backstage's notifications that it reached a milestone", async ({
  page,
  request,
}) => {
  const backend = 'http://localhost:7007';
  const { backstageIdentity } = await (
    await request.get(`${backend}/api/auth/guest/refresh`)
  ).json();
  const headers = { Authorization: `Bearer ${backstageIdentity.token}` };
  // The guest is a member of platform-devex, which runs this campaign; a
  // milestone of 10% is below where payments stands already.
  const retry = test.info().retry;
  const title = `Payments started${retry ? ` (retry ${retry})` : ''}`;
  const today = new Date().toISOString().slice(0, 10);
  const created = await request.post(`${backend}/api/flexinfra/campaigns`, {
    headers,
    data: {
      title,
      description: 'A first step for payments.',
      owner: 'group:default/platform-devex',
      scope: { type: 'group', ref: 'group:default/payments' },
      target: { stage: 3 },
      startDate: today,
      dueDate: '2099-12-31',
      milestones: [{ date: '2099-06-30', share: 0.1 }],
    },
  });
  expect(created.status()).toBe(201);
  // The daily job, run now rather than in a day.
  await expect(async () => {
    const triggered = await request.post(
      `${backend}/api/flexinfra/.backstage/scheduler/v1/tasks/flexinfra-notifications/trigger`,
      { headers },
    );
    expect(triggered.status()).toBe(200);
    const { notifications } = await (
      await request.get(`${backend}/api/notifications/notifications`, {
        headers,
      })
    ).json();
    expect(
      notifications.map((n: { payload: { title: string } }) => n.payload.title),
    ).toContain(
      `Campaign “${title}” reached its milestone of 10% by 2099-06-30`,
    );
  }).toPass({ timeout: 60_000 });

  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: /Notifications/ })
    .click();
  const notification = page.getByText(
    `Campaign “${title}” reached its milestone of 10% by 2099-06-30`,
  );
  await expect(notification).toBeVisible();
  await snap(page, 'notifications');
  await notification.click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});

test('a template run from "Fix with template" is marked on the entity\'s score history and counted on the dashboard', async ({
  page,
}) => {
  await signInAsGuest(page);
  await openFlexibilityTab(page, 'component', 'invoice-service');
  await page.getByText('Fix with template', { exact: true }).first().click();
  await expect(page).toHaveURL(
    /\/create\/templates\/default\/flexinfra-adopt-iac/,
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('textbox', { name: 'Container image' })
    .fill('ghcr.io/acme/invoice-service:2.3.0');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  // The example catalog is read from local folders, which no pull request
  // can change: the run stops at its checkout and says why.
  await expect(page).toHaveURL(/\/create\/tasks\/[^/]+$/);
  await expect(
    page.getByText(/it was registered from a file location/).first(),
  ).toBeVisible();

  // The scaffolder's task events have FlexInfra read the run at once (the
  // scheduled read is every 10 minutes): the entity's score history marks
  // it on the chart and lists it.
  await openFlexibilityTab(page, 'component', 'invoice-service');
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByRole('list', { name: 'Template runs' }).first(),
    ).toContainText(/flexinfra-adopt-iac, \d+ \w+: the run failed/, {
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  const chart = page.getByRole('figure', {
    name: /^Score history from .*, with \d+ template runs? marked$/,
  });
  await expect(chart).toBeVisible();
  await expect(
    chart.getByText('flexinfra-adopt-iac (failed)').first(),
  ).toBeVisible();
  await snapCard(page, 'Score history', 'score-history');

  // The dashboard counts it as a failed run of its template, and lists it.
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'FlexInfra', exact: true })
    .click();
  const templates = page.getByRole('table', { name: 'Templates' });
  await expect(
    templates.getByRole('row', { name: /^Adopt infrastructure as code/ }),
  ).toContainText(/\(\+\d+ failed\)/);
  const latest = page.getByRole('list', { name: 'Latest runs' });
  await expect(latest).toContainText('the run failed');
  await expect(
    latest.getByRole('link', { name: /invoice-service/ }).first(),
  ).toBeVisible();
  await snapCard(page, 'Template adoption', 'adoption');
});
