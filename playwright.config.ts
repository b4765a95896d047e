/**
 * End-to-end tests: the built renderer on the real services through the browser harness, in
 * Debian's Chromium (Playwright's own browser download is not available on the build machines).
 * Each test starts its own harness on a fresh data folder (tests/e2e/harness.ts), so there is no
 * webServer here. Run `npm run build` first.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    launchOptions: {
      // Debian's Chromium; GROUP_LEDGER_CHROMIUM points elsewhere on machines that keep it elsewhere.
      executablePath: process.env.GROUP_LEDGER_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
