/*
 * End-to-end tests: every package's `e2e-tests/` folder, run in a real
 * Chromium against the example portal (frontend :3000, backend :7007).
 *
 * The browser is the system's Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium); Playwright never downloads a browser of its own.
 * The portal is started by Playwright unless one is already running locally.
 */

import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  timeout: 120_000,

  expect: {
    timeout: 30_000,
  },

  webServer: [
    {
      command: 'yarn start backend',
      url: 'http://localhost:7007/.backstage/health/v1/readiness',
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
    },
    {
      command: 'yarn start app',
      url: 'http://localhost:3000',
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'ignore',
    },
  ],

  forbidOnly: !!process.env.CI,

  retries: process.env.CI ? 1 : 0,

  workers: 1,

  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],

  use: {
    actionTimeout: 0,
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'on-first-retry',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },

  outputDir: 'node_modules/.cache/e2e-test-results',

  // Every package with an e2e-tests folder, on the system Chromium rather
  // than a Playwright-managed browser channel.
  projects: generateProjects().map(({ use, ...project }) => ({
    ...project,
    use: { ...use, channel: undefined },
  })),
});
