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
  // One retry, for a failure the app did not cause: in CI (2026-12-04) Debian's Chromium 156 once
  // stopped giving a page animation frames in the middle of the 1366×768 walk, and a click waited
  // for the menu to be "stable" (which takes two frames) until the 15-minute limit; the same walk
  // passed 7 times out of 7 here. A test that fails twice fails the run; one that passes on its
  // retry is named in `npm test`'s summary as flaky, with whether its page still drew frames
  // (tests/e2e/harness.ts).
  retries: 1,
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
    // A click or a fill that cannot happen in a minute will not happen: fail then, not at the
    // test's limit.
    actionTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
