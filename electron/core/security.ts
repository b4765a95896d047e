/**
 * The security settings of the app window, kept as plain data and functions so they are
 * tested without Electron and applied in one place by electron/main.ts.
 */

/** webPreferences of every GroupLedger window. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    safeDialogs: true,
    navigateOnDragDrop: false,
  } as const;
}

/** Only plain http(s) links with a host may leave the app, to the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (!url.hostname || url.username || url.password) return false;
  return raw.length <= 2048;
}

/** In-app navigation is allowed only within the app's own origin. */
export function isAppNavigation(raw: string, appOrigin: string): boolean {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}
