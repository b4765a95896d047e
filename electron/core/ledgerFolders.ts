/**
 * Data folders. The data root is where the app starts (its user-data folder, or --data); a
 * snapshot opened "in a new data folder" gets a folder of its own under `<root>/ledgers/`, named
 * after the organisation and the day. The root's preferences remember the folder the app switched
 * to, so the next start opens it; a remembered folder that is gone falls back to the root.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { registryPath } from './paths';
import type { Preferences } from './preferences';

export const LEDGERS_DIR = 'ledgers';

/** The folder the app opens from `root`: the one its preferences remember, if it still holds a registry. */
export function followLedgerFolder(root: string, rootPreferences: Preferences): string {
  const folder = rootPreferences.ledgerFolder();
  if (folder && folder !== root && existsSync(registryPath(folder))) return folder;
  return root;
}

// Characters no file system accepts in a name, control characters, and invisible or
// direction-changing ones that would make the folder look like something else.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g;

/** "县自然资源局-2026-11-30": the organisation's name made safe for Windows, macOS and Linux, and the day. */
export function ledgerFolderName(organisation: string, day: string): string {
  const cleaned = organisation.normalize('NFC').replace(UNSAFE, ' ').trim().replace(/\s+/g, '-');
  // At most 60 characters (never half of a surrogate pair); no leading or trailing dots or dashes.
  const safe = Array.from(cleaned)
    .slice(0, 60)
    .join('')
    .replace(/^[.-]+|[.-]+$/g, '');
  return `${safe || 'ledger'}-${day}`;
}

function candidate(root: string, name: string, n: number): string {
  return join(root, LEDGERS_DIR, n === 1 ? name : `${name}-${n}`);
}

/** The folder `createLedgerFolder` would make now (shown before the admin chooses). */
export function nextLedgerFolder(root: string, organisation: string, day: string): string {
  const name = ledgerFolderName(organisation, day);
  for (let n = 1; ; n++) if (!existsSync(candidate(root, name, n))) return candidate(root, name, n);
}

/** Makes a new, empty data folder; a name already taken gets -2, -3 … (never an existing folder). */
export function createLedgerFolder(root: string, organisation: string, day: string): string {
  const name = ledgerFolderName(organisation, day);
  try {
    mkdirSync(join(root, LEDGERS_DIR), { recursive: true });
  } catch (error) {
    throw new LedgerError('io_error', { path: join(root, LEDGERS_DIR), detail: code(error) });
  }
  for (let n = 1; n < 1000; n++) {
    const path = candidate(root, name, n);
    try {
      mkdirSync(path); // not recursive: fails on a folder that exists, so two never share one
      return path;
    } catch (error) {
      if (code(error) !== 'EEXIST') throw new LedgerError('io_error', { path, detail: code(error) });
    }
  }
  throw new LedgerError('io_error', { path: candidate(root, name, 1), detail: 'EEXIST' });
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
