import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the production renderer bundle (out/renderer, `npm run build` first)
 * in Debian's Chromium against the web host; each test starts its own core and database
 * inside the worker (tests/e2e/fixtures.ts), so tests run in parallel without sharing state.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // On CI one retry, so a test starved by the two-core machine does not sink the run; a test
  // that passes only on retry is reported as flaky in the summary and must be looked at.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Two workers share two cores with the core and web host they start: give the UI time.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    // The tests run as a person who turned animations off: no click lands on a half-open dialog.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    viewport: { width: 1366, height: 900 },
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium' }],
});
