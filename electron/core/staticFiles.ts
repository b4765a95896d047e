/**
 * Which file of a folder a request path names, for the two servers of the built renderer: the
 * app:// handler inside Electron and the browser harness. A path is percent-decoded once; a
 * malformed escape (`%E0%A4%A`, `%zz`) or a NUL is a bad request (400), never an exception. The
 * file must lie inside the folder both as written (`..` cannot climb out) and once symbolic links
 * are followed, so a link inside the folder that points elsewhere is refused like a missing file.
 */
import { realpath, stat } from 'node:fs/promises';
import { normalize, resolve, sep } from 'node:path';

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
