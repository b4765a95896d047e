/**
 * How the tests and the benchmark start Chromium: Debian's build (Playwright's own download is not
 * available offline), with the background services off — on a closed network they only fail.
 */
export const CHROMIUM_PATH = process.env.GROUP_LEDGER_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The features Playwright itself turns off when it starts Chromium (playwright-core 1.65,
 * chromiumSwitches.ts). Chromium keeps only the last `--disable-features` it is given, so a list of
 * our own would drop these: ours repeats them (tests/e2e/harness-browser.spec.ts reads the started
 * browser's command line and fails when Playwright's list has a name this one lacks).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chrome's own address-bar popup, which Chromium 156 builds as a web page of its own
 * (chrome://omnibox-popup.top-chrome) in a renderer process at every start. Measured at the large
 * fixture: that renderer used 1.1–1.3 s of CPU during the first two seconds after the browser
 * started, beside the page's 1.6–2.0 s, on a machine of two cores; with it off, the dashboard's
 * load went from medians of 2,214–2,372 ms to 1,354–1,571 (two fresh browsers per side, five
 * loads each, alternating). The app's window (Electron) has no address bar: the tests and the
 * benchmark measure the app, not Chrome's own interface.
 */
export const CHROME_UI_FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...CHROME_UI_FEATURES_OFF].join(',')}`,
];
