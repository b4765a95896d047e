/**
 * Preferences (language, theme, administrator name, window bounds): small, per-user, not part of
 * the registry. Backed by electron-store inside Electron (electron/platform/) and by `conf`,
 * its base class, in plain Node — both through this one interface.
 */
import Conf from 'conf';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import {
  BackupRetention,
  DEFAULT_RETENTION,
  ImportMapping,
  Settings,
  SettingsPatch,
  WAIT_DAYS,
  type StartupNotice,
} from '../../shared/contract';

export const WindowBounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export interface PreferenceData {
  settings: Settings;
  windowBounds: WindowBounds | null;
}

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  theme: 'light',
  adminName: '',
  firstRunDone: false,
  escalationWaitDays: WAIT_DAYS.default,
};

/** The subset of conf / electron-store that preferences use. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface Preferences {
  settings(): Settings;
  updateSettings(patch: z.input<typeof SettingsPatch>): Settings;
  windowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): void;
  /** The column mapping last confirmed for a file with these headers (see headerSignature). */
  importMapping(signature: string): ImportMapping | null;
  rememberImportMapping(signature: string, mapping: ImportMapping): void;
  /** Set when the preferences file could not be used at start (see openPreferences); shown in the window. */
  startupNotice(): StartupNotice | null;
  /**
   * Kept in the data root's preferences: the data folder the app switched to (a snapshot opened
   * in a new folder), which the next start opens; null for the root itself.
   */
  ledgerFolder(): string | null;
  /** Remembers the folder to open next time (null: the root) and adds it to the known folders. */
  setLedgerFolder(folder: string | null): void;
  /** Every data folder the app has switched to from this root, most recent first. */
  knownFolders(): string[];
  /** How many backups of this data folder are kept (bounded; the defaults when unset or not valid). */
  backupRetention(): BackupRetention;
  setBackupRetention(retention: BackupRetention): BackupRetention;
}

/** How many header sets keep a remembered mapping (the most recent win). */
const MAX_REMEMBERED_MAPPINGS = 20;
const RememberedMappings = z.array(z.object({ signature: z.string(), mapping: ImportMapping }));
/** How many data folders the root remembers. */
const MAX_KNOWN_FOLDERS = 20;
const FolderPath = z.string().min(1).max(4096);

/**
 * Wraps a store; values read back are validated, so a hand-edited file never crashes the app.
 * Settings are read from the file once and then kept: every command asks for the actor and the
 * language, and conf/electron-store re-read their file on each `get`. This process is the writer.
 */
export function preferencesOver(store: KeyValueStore, notice: StartupNotice | null = null): Preferences {
  let cached: Settings | null = null;
  const read = (): Settings => {
    if (cached) return cached;
    const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(store.get('settings') as object | undefined) });
    cached = parsed.success ? parsed.data : DEFAULT_SETTINGS;
    return cached;
  };
  const knownFolders = (): string[] => {
    const parsed = z.array(FolderPath).safeParse(store.get('knownFolders'));
    return parsed.success ? parsed.data : [];
  };
  return {
    settings: read,
    updateSettings(patch) {
      // A field given as undefined is a field not given (it would otherwise wipe a required one).
      const given = Object.entries(SettingsPatch.parse(patch)).filter(([, value]) => value !== undefined);
      const next = Settings.parse({ ...read(), ...Object.fromEntries(given) });
      store.set('settings', next);
      cached = next;
      return next;
    },
    windowBounds() {
      const parsed = WindowBounds.safeParse(store.get('windowBounds'));
      return parsed.success ? parsed.data : null;
    },
    setWindowBounds(bounds) {
      store.set('windowBounds', WindowBounds.parse(bounds));
    },
    importMapping(signature) {
      const parsed = RememberedMappings.safeParse(store.get('importMappings'));
      return parsed.success ? (parsed.data.find((m) => m.signature === signature)?.mapping ?? null) : null;
    },
    rememberImportMapping(signature, mapping) {
      const parsed = RememberedMappings.safeParse(store.get('importMappings'));
      const others = (parsed.success ? parsed.data : []).filter((m) => m.signature !== signature);
      store.set(
        'importMappings',
        [{ signature, mapping: ImportMapping.parse(mapping) }, ...others].slice(0, MAX_REMEMBERED_MAPPINGS),
      );
    },
    startupNotice: () => notice,
    ledgerFolder() {
      const parsed = FolderPath.nullable().safeParse(store.get('ledgerFolder') ?? null);
      return parsed.success ? parsed.data : null;
    },
    setLedgerFolder(folder) {
      store.set('ledgerFolder', folder === null ? null : FolderPath.parse(folder));
      if (folder === null) return;
      const known = knownFolders().filter((f) => f !== folder);
      store.set('knownFolders', [folder, ...known].slice(0, MAX_KNOWN_FOLDERS));
    },
    knownFolders,
    backupRetention() {
      const parsed = BackupRetention.safeParse(store.get('backupRetention'));
      return parsed.success ? parsed.data : DEFAULT_RETENTION;
    },
    setBackupRetention(retention) {
      const valid = BackupRetention.parse(retention);
      store.set('backupRetention', valid);
      return valid;
    },
  };
}

export const PREFERENCES_FILE = 'preferences';

/** What is wrong with a preferences file: it cannot be read, is not a JSON object, or its settings are not valid. */
export type PreferencesProblem = 'unreadable' | 'not_json' | 'invalid';

/** Checks the preferences file at `path` as the app would read it; null when it is usable (or absent). */
export function preferencesProblem(path: string): PreferencesProblem | null {
  if (!existsSync(path)) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return 'unreadable';
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'not_json';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not_json';
  const settings = (data as Record<string, unknown>).settings;
  if (settings === undefined) return null;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return 'invalid';
  return Settings.safeParse({ ...DEFAULT_SETTINGS, ...settings }).success ? null : 'invalid';
}

/**
 * Moves a file aside beside itself as `<name>.damaged-YYYYMMDD-HHMMSS<.ext>` (local time; `-2`,
 * `-3`… when that name is taken) and returns the new path. The file is never deleted or rewritten.
 */
export function setAside(path: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp =
    `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-` +
    `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const ext = extname(path);
  const base = path.slice(0, path.length - ext.length);
  let target = `${base}.damaged-${stamp}${ext}`;
  for (let n = 2; existsSync(target); n++) target = `${base}.damaged-${stamp}-${n}${ext}`;
  renameSync(path, target);
  return target;
}

/**
 * Opens the preferences in `dir` through `open` (conf in Node, electron-store in the app). A file
 * that cannot be read, is not JSON or holds settings that are not valid would stop the app at
 * start: it is moved aside (setAside, never deleted) and the app starts with the defaults, with a
 * notice for the window. When the file cannot be moved or a new one not written, the preferences
 * of this session are kept in memory only (`saved: false`), and the notice says that too. A store
 * that fails with no file to blame (an unwritable folder) is a start-up failure: it throws.
 */
export function openPreferences(
  dir: string,
  open: () => KeyValueStore,
  now: () => Date = () => new Date(),
): Preferences {
  const path = join(dir, `${PREFERENCES_FILE}.json`);
  const moveAside = (): string | null => {
    try {
      return setAside(path, now());
    } catch {
      return null;
    }
  };
  const notice = (movedTo: string | null, saved: boolean): StartupNotice => ({
    kind: 'preferences_reset',
    file: path,
    movedTo,
    saved,
  });
  let movedTo: string | null = null;
  if (preferencesProblem(path)) {
    movedTo = moveAside();
    if (movedTo === null) return memoryPreferences(notice(null, false));
  }
  try {
    return preferencesOver(open(), movedTo ? notice(movedTo, true) : null);
  } catch (error) {
    // No new file could be written where the unusable one was: this session only.
    if (movedTo !== null) return memoryPreferences(notice(movedTo, false));
    // The store failed on a file the check passed (changed meanwhile, or a reason it did not see).
    if (!existsSync(path)) throw error;
    movedTo = moveAside();
    if (movedTo === null) return memoryPreferences(notice(null, false));
    try {
      return preferencesOver(open(), notice(movedTo, true));
    } catch {
      return memoryPreferences(notice(movedTo, false));
    }
  }
}

/** The preferences file in `dir` through `conf`, electron-store's base class (the same file as the app's). */
export function confStore(dir: string): KeyValueStore {
  return new Conf<Record<string, unknown>>({ cwd: dir, configName: PREFERENCES_FILE, projectName: 'group-ledger' });
}

/**
 * Plain-Node preferences in `dir`, read as they are: a file that cannot be used throws. For readers
 * beside the app (the command line), which must not move the app's file; hosts use openPreferences.
 */
export function confPreferences(dir: string): Preferences {
  return preferencesOver(confStore(dir));
}

/** In-memory preferences for tests and throwaway runs (and when the file cannot be used at all). */
export function memoryPreferences(notice: StartupNotice | null = null): Preferences {
  const data = new Map<string, unknown>();
  return preferencesOver({ get: (k) => data.get(k), set: (k, v) => void data.set(k, v) }, notice);
}
