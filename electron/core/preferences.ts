/**
 * Preferences (language, theme, administrator name, window bounds): small, per-user, not part of
 * the registry. Backed by electron-store inside Electron (electron/platform/) and by `conf`,
 * its base class, in plain Node — both through this one interface.
 */
import Conf from 'conf';
import { z } from 'zod';
import { ImportMapping, Settings, SettingsPatch } from '../../shared/contract';

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

export const DEFAULT_SETTINGS: Settings = { locale: null, theme: 'light', adminName: '', firstRunDone: false };

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
  /**
   * Kept in the data root's preferences: the data folder the app switched to (a snapshot opened
   * in a new folder), which the next start opens; null for the root itself.
   */
  ledgerFolder(): string | null;
  /** Remembers the folder to open next time (null: the root) and adds it to the known folders. */
  setLedgerFolder(folder: string | null): void;
  /** Every data folder the app has switched to from this root, most recent first. */
  knownFolders(): string[];
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
export function preferencesOver(store: KeyValueStore): Preferences {
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
      const next = Settings.parse({ ...read(), ...SettingsPatch.parse(patch) });
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
  };
}

export const PREFERENCES_FILE = 'preferences';

/** Plain-Node preferences in `dir` (the same file electron-store uses inside the app). */
export function confPreferences(dir: string): Preferences {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: PREFERENCES_FILE,
    projectName: 'group-ledger',
  });
  return preferencesOver(conf);
}

/** In-memory preferences for tests and throwaway runs. */
export function memoryPreferences(): Preferences {
  const data = new Map<string, unknown>();
  return preferencesOver({ get: (k) => data.get(k), set: (k, v) => void data.set(k, v) });
}
