/**
 * The composition root of the desktop app: the only file of electron/ (with the preload and
 * electron/platform/) that touches Electron. It opens the ledger on the user-data folder, serves
 * the renderer from app://, wires IPC with sender checks, and locks the window down.
 */
import { app, BrowserWindow, ipcMain, Menu, session, dialog } from 'electron';
import { join } from 'node:path';
import { REGISTRY_CHANGED } from '../shared/channels';
import { LedgerError } from '../shared/errors';
import { errorMessage } from '../shared/i18n/errors';
import { matchLocale } from '../shared/i18n/locale';
import type { Locale } from '../shared/domain';
import { DAILY_BACKUP_DELAY_MS, EXTERNAL_CHANGE_POLL_MS, openLedger, type Ledger } from './app/ledger';
import { parseAppArgs } from './core/args';
import { APP_VERSION, RENDERER_DIR } from './core/build-info';
import { isAppNavigation } from './core/security';
import { registerIpc } from './ipc/register';
import { electronDialogs } from './platform/dialogs';
import { electronPreferences } from './platform/preferences';
import { APP_ORIGIN, APP_URL, handleAppProtocol, registerAppScheme } from './platform/protocol';

let mainWindow: BrowserWindow | null = null;
let ledger: Ledger | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second process must never write the same registry: hand over to the running one.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // `.catch` after `.then`: an error thrown inside start() (not only a failed whenReady) ends here.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}

/** The language of start-up messages: there may be no registry or preferences yet, so the system's. */
function systemLocale(): Locale {
  let tag: string | undefined;
  try {
    tag = app.getLocale();
  } catch {
    tag = undefined;
  }
  return matchLocale(tag) ?? matchLocale(Intl.DateTimeFormat().resolvedOptions().locale) ?? 'en';
}

/**
 * Every start-up failure (a bad --data, a registry from a newer version, a window that cannot load
 * its page…) ends here: a message box in the system's language, then the registry is closed, the
 * single-instance lock released and the process ended, so the next launch starts afresh instead of
 * handing over to a process that has no window.
 */
function fail(error: unknown): void {
  try {
    const locale = systemLocale();
    const message =
      error instanceof LedgerError
        ? errorMessage(locale, error.code, error.params)
        : `${errorMessage(locale, 'internal')}\n\n${error instanceof Error ? error.message : String(error)}`;
    dialog.showErrorBox('GroupLedger', message);
  } finally {
    try {
      ledger?.close();
    } catch {
      /* closing is best effort: the process ends next */
    }
    ledger = null;
    app.releaseSingleInstanceLock();
    app.exit(1);
  }
}

function lockDownSessions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Nothing is ever loaded from the network.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_d, callback) =>
    callback({ cancel: true }),
  );
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppNavigation(url, APP_ORIGIN)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppNavigation(url, APP_ORIGIN)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // GroupLedger has no links to the outside (it is an offline ledger), so no window is ever
    // opened and nothing goes to the system browser: window.open, target=_blank and middle-click
    // are all refused, and shell.openExternal is not used anywhere.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Opens the registry and the window; anything it throws is a start-up failure (see fail). */
async function start(): Promise<void> {
  const args = parseAppArgs(process.argv.slice(1));
  const dataDir = args.dataDir ?? app.getPath('userData');
  // An unusable preferences file is moved aside and the window says so (app.notices).
  const preferences = electronPreferences(dataDir);
  try {
    ledger = openLedger({
      dataDir,
      preferences,
      preferencesFor: electronPreferences,
      dialogs: electronDialogs(
        () => mainWindow,
        app.getPath('documents'),
        () => ledger?.locale() ?? 'en',
      ),
      mode: 'electron',
      version: APP_VERSION,
      dailyBackupDelayMs: DAILY_BACKUP_DELAY_MS,
    });
  } catch (error) {
    fail(error);
    return;
  }
  lockDownSessions();
  handleAppProtocol(RENDERER_DIR);
  Menu.setApplicationMenu(null);

  registerIpc(ipcMain, ledger, {
    appOrigin: APP_ORIGIN,
    allowedSenders: () => (mainWindow ? [mainWindow.webContents.id] : []),
  });
  ledger.onChange((revision) => mainWindow?.webContents.send(REGISTRY_CHANGED, { revision }));
  // The command line may write to the same registry: look once a second, so the window follows.
  setInterval(() => ledger?.checkExternalChanges(), EXTERNAL_CHANGE_POLL_MS).unref();

  const bounds = preferences.windowBounds();
  mainWindow = new BrowserWindow({
    width: bounds?.width ?? 1360,
    height: bounds?.height ?? 860,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 1024,
    minHeight: 640,
    title: 'GroupLedger',
    show: false,
    backgroundColor: '#f5f7fa',
    // Written out here rather than built by a helper, so that a scanner (Electronegativity, in
    // `npm test`) sees them; tests/unit/main-wiring.test.ts checks the window gets exactly these.
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Middle-click (auxclick) would open a link in a new window: off, with new windows refused.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
    },
  });
  if (bounds?.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const b = mainWindow.getNormalBounds();
    preferences.setWindowBounds({ ...b, maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_URL);
}

app.on('window-all-closed', () => {
  ledger?.close();
  ledger = null;
  app.quit();
});
