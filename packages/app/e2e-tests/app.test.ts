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
  // Its metadata from examples/components.yaml is rendered, header and About card.
  await expect(page.getByText('commerce-web').first()).toBeVisible();
  await expect(page.getByText('production').first()).toBeVisible();
  await expect(page.getByText('About', { exact: true })).toBeVisible();
  await expect(
    page.getByText(
      'Basket, pricing and order placement API behind the storefront.',
    ),
  ).toBeVisible();
  await snap(page, 'entity-page');
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
  await snap(page, 'flexinfra-page');
});
