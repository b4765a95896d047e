/**
 * The composition root wired against a mocked `electron` module: what the real app does at start
 * (window flags, protocol, permission and navigation handlers, IPC) without the Electron binary.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, ipcChannel } from '../../shared/contract';
import { tempDir } from './helpers';

// A built renderer of three files, with links in and out of its folder, for the app:// handler.
const renderer = vi.hoisted(() => {
  const fs = process.getBuiltinModule('node:fs');
  const path = process.getBuiltinModule('node:path');
  const os = process.getBuiltinModule('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gl-renderer-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gl-outside-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><head></head><body>app</body></html>');
  fs.writeFileSync(path.join(dir, 'assets', 'a.js'), 'console.log(1)');
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(dir, 'assets', 'a.js'), path.join(dir, 'assets', 'alias.js'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'assets', 'secret.js'));
  fs.symlinkSync(outside, path.join(dir, 'outside'));
  process.env.GROUP_LEDGER_RENDERER_DIR = dir;
  return { dir, outside };
});
afterAll(() => {
  const fs = process.getBuiltinModule('node:fs');
  for (const dir of [renderer.dir, renderer.outside]) fs.rmSync(dir, { recursive: true, force: true });
  delete process.env.GROUP_LEDGER_RENDERER_DIR;
});

const state = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; loaded: string[]; sent: unknown[] }>,
  handlers: new Map<string, unknown>(),
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  permissionRequest: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
  permissionCheck: null as null | (() => boolean),
  beforeRequest: null as null | ((details: unknown, cb: (r: { cancel: boolean }) => void) => void),
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  ready: null as null | Promise<void>,
  dataDir: '',
  menu: undefined as unknown,
  opened: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { id: 42, send: (...args: unknown[]) => entry.sent.push(args) };
    private entry: { options: Record<string, unknown>; loaded: string[]; sent: unknown[] };
    constructor(options: Record<string, unknown>) {
      this.entry = { options, loaded: [], sent: [] };
      state.windows.push(this.entry);
      entry = this.entry;
    }
    maximize() {}
    once() {}
    on() {}
    async loadURL(url: string) {
      this.entry.loaded.push(url);
    }
  }
  let entry: { options: Record<string, unknown>; loaded: string[]; sent: unknown[] };
  let resolveReady: () => void;
  state.ready = new Promise<void>((r) => (resolveReady = r));
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: (...args: unknown[]) => void) => void state.appListeners.set(event, fn),
      whenReady: () => {
        const p = Promise.resolve();
        p.then(() => setTimeout(() => resolveReady(), 50));
        return p;
      },
      getPath: (name: string) => (name === 'userData' ? state.dataDir : '/tmp'),
      getLocale: () => 'vi-VN',
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: unknown) => void state.handlers.set(channel, fn),
      removeHandler: (channel: string) => void state.handlers.delete(channel),
    },
    Menu: { setApplicationMenu: (menu: unknown) => void (state.menu = menu) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof state.permissionRequest) => void (state.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof state.permissionCheck) => void (state.permissionCheck = fn),
        webRequest: {
          onBeforeRequest: (_f: unknown, fn: typeof state.beforeRequest) => void (state.beforeRequest = fn),
        },
      },
    },
    shell: { openExternal: async (url: string) => void state.opened.push(url) },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.schemes.push(...schemes),
      handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) =>
        void state.protocolHandlers.set(scheme, fn),
    },
    // Like Electron's net.fetch of a file:// URL: the file's bytes.
    net: {
      fetch: async (url: string) => {
        const fs = process.getBuiltinModule('node:fs');
        const { fileURLToPath } = process.getBuiltinModule('node:url');
        return new Response(fs.readFileSync(fileURLToPath(url)), { status: 200 });
      },
    },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      this.data.set(key, value);
    }
  },
}));

beforeAll(async () => {
  state.dataDir = tempDir();
  await import('../../electron/main');
  await state.ready;
  await new Promise((r) => setTimeout(r, 50));
});

describe('electron/main.ts wiring (mocked Electron)', () => {
  it('opens one window on the app:// page with isolation, sandbox and no Node', () => {
    expect(state.windows).toHaveLength(1);
    const win = state.windows[0]!;
    expect(win.loaded).toEqual(['app://group-ledger/index.html']);
    expect(win.options.webPreferences).toEqual({
      preload: expect.stringMatching(/preload\.cjs$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
    });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
  });

  it('registers app:// as a secure standard scheme served from the renderer folder, its scripts compiled once', () => {
    expect(state.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ secure: true, standard: true, codeCache: true }),
      }),
    ]);
    expect(state.protocolHandlers.has('app')).toBe(true);
  });

  it('serves app pages with the CSP and refuses paths outside the app', async () => {
    const handler = state.protocolHandlers.get('app')!;
    const page = await handler({ url: 'app://group-ledger/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const { resolveAppFile } = await import('../../electron/platform/protocol');
    for (const url of [
      'app://group-ledger/../../../etc/passwd',
      'app://group-ledger/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://group-ledger/%2e%2e/%2e%2e/etc/passwd',
      'app://group-ledger/..\\..\\windows\\win.ini',
    ]) {
      expect(resolveAppFile('/srv/renderer', url)).toMatch(/^\/srv\/renderer\//);
    }
    expect((await handler({ url: 'app://elsewhere/index.html' })).status).toBe(404);
  });

  it.each([
    ['the page', 'app://group-ledger/', 200],
    ['an asset', 'app://group-ledger/assets/a.js', 200],
    ['a link to a file inside the folder', 'app://group-ledger/assets/alias.js', 200],
    ['a malformed escape (cut UTF-8)', 'app://group-ledger/%E0%A4%A', 400],
    ['a malformed escape (not hex)', 'app://group-ledger/assets/%zz.js', 400],
    ['an escaped NUL', 'app://group-ledger/index.html%00.js', 400],
    ['a link to a file outside the folder', 'app://group-ledger/assets/secret.js', 404],
    ['a file in a linked folder outside', 'app://group-ledger/outside/secret.txt', 404],
    ['a folder', 'app://group-ledger/assets/', 404],
    ['a missing file', 'app://group-ledger/assets/missing.js', 404],
  ])('answers %s (%s) with %i, without throwing', async (_what, url, status) => {
    const handler = state.protocolHandlers.get('app')!;
    const response = await handler({ url });
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('secret');
  });

  it('denies every permission request and check, and cancels network requests', () => {
    let granted: boolean | null = null;
    state.permissionRequest!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(state.permissionCheck!()).toBe(false);
    let cancelled: boolean | null = null;
    state.beforeRequest!({ url: 'https://example.org' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
  });

  it('denies navigation and every new window, and opens nothing outside (the app has no external links)', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url: string) => void) => void listeners.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => void (openHandler = fn),
    };
    state.appListeners.get('web-contents-created')!({}, contents);
    let prevented = 0;
    const event = { preventDefault: () => void prevented++ };
    listeners.get('will-navigate')!(event, 'https://evil.example/');
    listeners.get('will-navigate')!(event, 'app://group-ledger/index.html');
    expect(prevented).toBe(1);
    expect(openHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'app://group-ledger/index.html' })).toEqual({ action: 'deny' });
    expect(state.opened).toEqual([]);
  });

  it('registers exactly the contract channels, answering only the main window', async () => {
    expect([...state.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannel).sort());
    const handler = state.handlers.get(ipcChannel('org.get')) as (e: unknown, i: unknown) => Promise<unknown>;
    const fromApp = { senderFrame: { url: 'app://group-ledger/index.html', parent: null }, sender: { id: 42 } };
    expect(await handler(fromApp, undefined)).toEqual({ ok: true, value: null });
    const fromOther = { senderFrame: { url: 'app://group-ledger/index.html', parent: null }, sender: { id: 43 } };
    expect(await handler(fromOther, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });

  it('hides the default (untranslated) application menu', () => {
    expect(state.menu).toBeNull();
  });
});
