/**
 * The composition root of the desktop app: the only file of electron/ (with the preload and
 * electron/platform/) that touches Electron. It opens the ledger on the user-data folder, serves
 * the renderer from app://, wires IPC with sender checks, and locks the window down.
 */
import { app, BrowserWindow, ipcMain, Menu, session, shell, dialog } from 'electron';
import { join } from 'node:path';
import { REGISTRY_CHANGED } from '../shared/channels';
import { LedgerError } from '../shared/errors';
import { errorMessage } from '../shared/i18n/errors';
import { matchLocale } from '../shared/i18n/locale';
import { EXTERNAL_CHANGE_POLL_MS, openLedger, type Ledger } from './app/ledger';
import { parseAppArgs } from './core/args';
import { APP_VERSION, RENDERER_DIR } from './core/build-info';
import { isAppNavigation, isSafeExternalUrl, secureWebPreferences } from './core/security';
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
  app.whenReady().then(start, (error: unknown) => fail(error));
}

/** Start-up failures (a bad --data, a registry from a newer version…) in the system's language. */
function fail(error: unknown): void {
  const locale = matchLocale(app.getLocale()) ?? 'en';
  const message =
    error instanceof LedgerError
      ? errorMessage(locale, error.code, error.params)
      : `${errorMessage(locale, 'internal')}\n\n${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('GroupLedger', message);
  app.exit(1);
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
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

async function start(): Promise<void> {
  let args;
  try {
    args = parseAppArgs(process.argv.slice(1));
  } catch (error) {
    fail(error);
    return;
  }
  const dataDir = args.dataDir ?? app.getPath('userData');
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
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
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
