/**
 * End-to-end tests: the built renderer on the real services through the browser harness, in
 * Debian's Chromium (Playwright's own browser download is not available on the build machines).
 * Each test starts its own harness on a fresh data folder (tests/e2e/harness.ts), so there is no
 * webServer here. Run `npm run build` first.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  // A test is about 20–40 s on an idle 2-core machine and twice that when the machine is shared;
  // the limit is for a test that hangs, not a budget.
  timeout: 180_000,
  // Only a failing check waits this long; a page of the 100-member group on a busy 2-core machine
  // can take several seconds to render.
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
