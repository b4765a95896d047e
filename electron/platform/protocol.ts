/**
 * The app page is served from `app://group-ledger/` (not file://): a standard, secure scheme
 * whose handler only ever returns files from the built renderer folder, with the CSP attached. A
 * malformed %-escape is answered 400, and a symbolic link out of the folder is not followed
 * (core/staticFiles); the handler never throws.
 */
import { net, protocol } from 'electron';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { assetFor, readAssets, relativePath, staticFile, type StaticLookup } from '../core/staticFiles';

export const APP_SCHEME = 'app';
export const APP_HOST = 'group-ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must run before the app is ready. `codeCache`: V8 keeps the compiled code of the window's
 * scripts between launches, as Chromium does for http(s) pages; a custom scheme has none unless
 * asked (Electron allows it for standard schemes only). The cache is checked against each script's
 * source, so a new version of the app never runs old code.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Maps a request URL to the path it names inside `root`, without touching the disk: null for
 * another host or a path outside the folder, 'bad-request' for a malformed %-escape.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null | 'bad-request' {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return 'bad-request';
  }
  if (url.host !== APP_HOST) return null;
  const relative = relativePath(url.pathname);
  if (relative === null) return 'bad-request';
  const file = resolve(root, relative);
  return file.startsWith(resolve(root) + sep) ? file : null;
}

/** The file an app:// request names, links followed and kept inside `root` (or 400 / 404). */
export async function lookUpAppFile(root: string, requestUrl: string): Promise<StaticLookup> {
  const named = resolveAppFile(root, requestUrl);
  if (named === 'bad-request') return { status: 400 };
  if (named === null) return { status: 404 };
  return staticFile(root, new URL(requestUrl).pathname);
}

export function handleAppProtocol(rendererDir: string): void {
  // Read while the window is created: its ~60 chunks are then answered from memory.
  const assets = readAssets(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = request.url.startsWith(`${APP_ORIGIN}/assets/`)
      ? assetFor(await assets, new URL(request.url).pathname)
      : undefined;
    if (asset) {
      return new Response(new Uint8Array(asset.body), {
        status: 200,
        headers: { 'Content-Type': asset.type, 'X-Content-Type-Options': 'nosniff' },
      });
    }
    const found = await lookUpAppFile(rendererDir, request.url);
    if (found.status === 400) return new Response('bad request', { status: 400 });
    if (found.status !== 200) return new Response('not found', { status: 404 });
    const file = found.file;
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return new Response('not found', { status: 404 });
    }
    if (!response.ok) return response;
    const headers = new Headers(response.headers);
    if (extname(file) === '.html') headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

export function rendererIndex(rendererDir: string): string {
  return join(rendererDir, 'index.html');
}
