/**
 * The browser harness: the same ledger as the app, in plain Node, serving the built renderer and
 * an RPC endpoint on 127.0.0.1 only. A random port and a random token per start; the Host header
 * must name this server (no DNS rebinding); every RPC carries the token; only contract channels
 * exist. Playwright drives the renderer through it in Chromium, and so can a person.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { MAX_SNAPSHOT_UPLOAD_BYTES, contract, type ChannelName } from '../../shared/contract';
import { LedgerError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import {
  DAILY_BACKUP_DELAY_MS,
  EXTERNAL_CHANGE_POLL_MS,
  openLedger,
  type HostDialogs,
  type Ledger,
} from '../app/ledger';
import { confStore, openPreferences } from '../core/preferences';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { MIME, assetFor, readAssets, relativePath, staticFile } from '../core/staticFiles';

/** A data folder's preferences as the app reads them: an unusable file is moved aside, not fatal. */
const harnessPreferences = (dir: string) => openPreferences(dir, () => confStore(dir));

export interface HarnessOptions {
  dataDir: string;
  rendererDir: string;
  port?: number;
  version: string;
  /** The file every "open a snapshot" answers (the dialog's stand-in); none: the page picks files. */
  openFile?: string;
}

export interface Harness {
  url: string;
  token: string;
  port: number;
  ledger: Ledger;
  close(): Promise<void>;
}

/** Large enough for a people file of the contract's 10 MB (base64), small enough to refuse abuse. */
const MAX_BODY = 16 * 1024 * 1024;
/** A snapshot chosen in the browser travels as base64 of at most MAX_SNAPSHOT_UPLOAD_BYTES. */
const MAX_UPLOAD_BODY = Math.ceil(MAX_SNAPSHOT_UPLOAD_BYTES / 3) * 4 + 64 * 1024;
const BODY_LIMITS: Partial<Record<ChannelName, number>> = { 'snapshot.upload': MAX_UPLOAD_BODY };

class BodyTooLarge extends Error {
  constructor(readonly bytes: number) {
    super('body too large');
  }
}
const HARNESS_CLIENT = 'harness-client.js';

const exportsDirOf = (dataDir: string) => join(dataDir, 'exports');

/** `name` in `dir`, or `name (2)`, `name (3)` … (before the extensions) when it is taken. */
function freeName(dir: string, name: string): string {
  const ext = /\.groupledger\.\w+$|\.[^.]+$/.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!existsSync(path)) return path;
  }
}

/**
 * In the harness there is no native dialog: exports land in <data>/exports (and the page downloads
 * them from /exports/<name>), and a snapshot to open is chosen with the browser's own file picker
 * and sent over RPC (`snapshot.upload`) — unless whoever started the harness named one file
 * (`openFile`, `--open-file`): then "open" answers that file, as the app's dialog would, and the
 * page asks the host instead of picking (the benchmark imports a snapshot larger than an upload so).
 */
function harnessDialogs(dataDir: string, openFile: string | null): HostDialogs {
  const exportsDir = exportsDirOf(dataDir);
  return {
    opensFiles: openFile !== null,
    async chooseSnapshotSaveFile(defaultName) {
      mkdirSync(exportsDir, { recursive: true });
      // No dialog asks before replacing: a second export in the same minute gets its own name.
      return freeName(exportsDir, defaultName);
    },
    async chooseSaveFile(defaultName) {
      mkdirSync(exportsDir, { recursive: true });
      return join(exportsDir, basename(defaultName));
    },
    async chooseSnapshotOpenFile() {
      return openFile;
    },
  };
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge(declared);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(size);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = randomBytes(24).toString('hex');
  const ledger = openLedger({
    dataDir: options.dataDir,
    preferences: harnessPreferences(options.dataDir),
    preferencesFor: harnessPreferences,
    dialogs: harnessDialogs(options.dataDir, options.openFile ?? null),
    mode: 'browser',
    version: options.version,
    dailyBackupDelayMs: DAILY_BACKUP_DELAY_MS,
  });
  const root = resolve(options.rendererDir);
  // The chunks a page load asks for, answered from memory (core/staticFiles), read meanwhile.
  const assets = readAssets(root);
  const streams = new Set<ServerResponse>();
  ledger.onChange((revision) => {
    for (const res of streams) res.write(`event: changed\ndata: ${JSON.stringify({ revision })}\n\n`);
  });
  const poll = setInterval(() => ledger.checkExternalChanges(), EXTERNAL_CHANGE_POLL_MS);
  poll.unref();
  let port = 0;

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const host = req.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end('misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/rpc/')) return rpc(req, res, url);
    if (url.pathname === '/events') return events(req, res, url);
    if (url.pathname.startsWith('/exports/')) return download(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    return serveStatic(res, url.pathname);
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    if (!sameToken(req.headers['x-group-ledger-token'] as string | undefined, token)) {
      return void res.writeHead(403).end('forbidden');
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return void res.writeHead(415).end();
    }
    let channel: string;
    try {
      channel = decodeURIComponent(url.pathname.slice('/rpc/'.length));
    } catch {
      // A malformed %-escape (/rpc/%zz) is the client's mistake, not the server's.
      return void res.writeHead(400).end('bad request');
    }
    if (!Object.hasOwn(contract, channel)) return void res.writeHead(404).end();
    let input: unknown;
    try {
      const body = await readBody(req, BODY_LIMITS[channel as ChannelName] ?? MAX_BODY);
      input = body ? (JSON.parse(body) as { input?: unknown }).input : undefined;
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) return void res.writeHead(400).end();
      if (channel !== 'snapshot.upload') return void res.writeHead(413, { Connection: 'close' }).end();
      // Said in the admin's language, like any refusal: the window checks the size first.
      const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      const refusal = new LedgerError('snapshot_too_large', {
        // The body is base64: three bytes of the file in four characters.
        size: megabytes((error.bytes * 3) / 4),
        max: megabytes(MAX_SNAPSHOT_UPLOAD_BYTES),
      });
      const serialized = { code: refusal.code, message: errorMessage(ledger.locale(), refusal.code, refusal.params) };
      req.resume();
      return void res
        .writeHead(413, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' })
        .end(JSON.stringify({ ok: false, error: serialized }));
    }
    const result = await ledger.invoke(channel as ChannelName, input);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
  }

  /**
   * A file an export wrote into <data>/exports, as a download (a browser has no save dialog to
   * hand it to the admin). Token required as for the RPC; a plain file name only, nothing else.
   */
  async function download(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET') return void res.writeHead(405).end();
    if (!sameToken(req.headers['x-group-ledger-token'] as string | undefined, token)) {
      return void res.writeHead(403).end('forbidden');
    }
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice('/exports/'.length));
    } catch {
      return void res.writeHead(400).end();
    }
    if (!name || name !== basename(name) || name.startsWith('.') || /[\\/\0]/.test(name)) {
      return void res.writeHead(404).end();
    }
    const file = join(exportsDirOf(options.dataDir), name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return void res.writeHead(404).end();
    const body = await readFile(file);
    const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res
      .writeHead(200, {
        'Content-Type': MIME[extname(name).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      })
      .end(body);
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return void res.writeHead(403).end();
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    // A malformed %-escape is a bad request; links out of the folder are not followed (core/staticFiles).
    const relative = relativePath(pathname);
    if (relative === null) return void res.writeHead(400).end('bad request');
    if (relative === HARNESS_CLIENT) {
      // Built next to the renderer, not inside it: `vite build` empties dist/renderer.
      const client = await readFile(join(dirname(root), 'harness-client', HARNESS_CLIENT)).catch(() => null);
      if (!client) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'Content-Type': MIME['.js'] ?? 'text/javascript' }).end(client);
    }
    const asset = assetFor(await assets, pathname);
    if (asset) {
      // Named by their content: a browser may keep them (and the code it compiled from them).
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      return void res.writeHead(200, { 'Content-Type': asset.type }).end(asset.body);
    }
    const found = await staticFile(root, pathname);
    let file = found.file;
    if (!file) {
      // Unknown paths fall back to the app page; a missing asset is a plain 404.
      if (extname(relative)) return void res.writeHead(404).end();
      file = join(root, 'index.html');
    }
    let body = await readFile(file);
    if (file.endsWith('index.html')) body = Buffer.from(injectHarnessClient(body.toString('utf8')));
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    ledger,
    async close() {
      for (const res of streams) res.end();
      streams.clear();
      // No new connections, and the open ones (a window's keep-alive, a request under way) are cut
      // now: server.close alone waits for them, up to Node's keep-alive timeout or longer.
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
      clearInterval(poll);
      // The open's background check and the day's backup, if it is running, finish first: closing
      // under them left a backup half written and the folder not removable (seen in harness.test).
      // A backup still waiting to start is not taken.
      ledger.stopWaiting();
      await ledger.settled.catch(() => undefined);
      ledger.close();
    },
  };
}

/** The harness client must define window.groupLedger before the app's module script runs. */
export function injectHarnessClient(html: string): string {
  return html.replace('<head>', `<head>\n    <script src="./${HARNESS_CLIENT}"></script>`);
}
