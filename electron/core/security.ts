/**
 * Navigation rules of the app window, as plain functions so they are tested without Electron. The
 * window's own settings (isolation, sandbox, no Node…) are written out in electron/main.ts, where
 * a scanner can read them.
 */

/** In-app navigation is allowed only within the app's own origin. */
export function isAppNavigation(raw: string, appOrigin: string): boolean {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}
