/**
 * How the tests and the benchmark start Chromium: Debian's build (Playwright's own download is not
 * available offline), with the background services off — on a closed network they only fail.
 */
export const CHROMIUM_PATH = process.env.GROUP_LEDGER_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
