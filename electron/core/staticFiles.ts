/**
 * Which file of a folder a request path names, for the two servers of the built renderer: the
 * app:// handler inside Electron and the browser harness. A path is percent-decoded once; a
 * malformed escape (`%E0%A4%A`, `%zz`) or a NUL is a bad request (400), never an exception. The
 * file must lie inside the folder both as written (`..` cannot climb out) and once symbolic links
 * are followed, so a link inside the folder that points elsewhere is refused like a missing file.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';

export type StaticLookup = { status: 200; file: string } | { status: 400 | 404; file?: undefined };

/** The decoded path, or null when its percent-escapes are malformed or it holds a NUL. */
export function decodePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/** `pathname` relative to the folder, `index.html` for the folder itself; null for a bad request. */
export function relativePath(pathname: string): string | null {
  const decoded = decodePath(pathname);
  if (decoded === null) return null;
  return normalize(decoded).replace(/^([/\\])+/, '') || 'index.html';
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/** The regular file inside `root` that `pathname` names (links followed and checked), or why not. */
export async function staticFile(root: string, pathname: string): Promise<StaticLookup> {
  const relative = relativePath(pathname);
  if (relative === null) return { status: 400 };
  const folder = resolve(root);
  const file = resolve(folder, relative);
  if (!inside(folder, file) || file === folder) return { status: 404 };
  try {
    const [realFolder, realFile] = await Promise.all([realpath(folder), realpath(file)]);
    if (!inside(realFolder, realFile)) return { status: 404 };
    if (!(await stat(realFile)).isFile()) return { status: 404 };
    return { status: 200, file: realFile };
  } catch {
    return { status: 404 };
  }
}

/** Content types of the files the two servers answer with. */
export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface Asset {
  body: Buffer;
  type: string;
}

/** Beyond this the rest of `assets/` is read from disk per request, as before (the build holds about 4 MB). */
const ASSETS_IN_MEMORY_BYTES = 48 * 1024 * 1024;

/**
 * The built renderer's `assets/` folder (the chunks, styles and fonts, each named by a hash of its
 * content, so never changed while the app runs), read into memory once, when the server starts,
 * keyed by their path relative to `root` (`assets/index-….js`). A page load asks for about 60 of
 * them; each answered from disk cost two `realpath`s, a `stat` and a read, 30–200 ms apiece on two
 * busy cores while the window compiles the ones before (measured in the browser mode, 100 people).
 * Source maps are left on disk (only developer tools ask for them); files are looked up as any
 * request is (staticFile), so a link out of the folder is not read. The servers start reading at
 * once and await the map in their requests for files, so it adds nothing to their start.
 */
export async function readAssets(root: string): Promise<ReadonlyMap<string, Asset>> {
  const assets = new Map<string, Asset>();
  const names = await readdir(resolve(root, 'assets')).catch(() => [] as string[]);
  let bytes = 0;
  for (const name of names.sort()) {
    const type = MIME[extname(name).toLowerCase()];
    if (!type) continue;
    // Never rejects: a file that cannot be read here (or named in a URL) is read per request.
    const body = await readAsset(root, name).catch(() => null);
    if (!body || bytes + body.length > ASSETS_IN_MEMORY_BYTES) continue;
    bytes += body.length;
    assets.set(`assets/${name}`, { body, type });
  }
  return assets;
}

async function readAsset(root: string, name: string): Promise<Buffer | null> {
  const found = await staticFile(root, `/assets/${encodeURIComponent(name)}`);
  return found.status === 200 ? readFile(found.file) : null;
}

/** The asset of `readAssets` a request path names (after the same decoding), if it was read. */
export function assetFor(assets: ReadonlyMap<string, Asset>, pathname: string): Asset | undefined {
  const relative = relativePath(pathname);
  return relative === null ? undefined : assets.get(relative.split(sep).join('/'));
}
