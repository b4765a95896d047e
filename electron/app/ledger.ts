/**
 * The registry as the app sees it: one open database, the preferences, the dialogs of the host
 * (Electron or the browser harness) and the channel handlers of every capability. `invoke` is the
 * single entry used by IPC and by the harness: it validates input against the contract, runs the
 * handler, translates errors, and tells listeners the revision after every committed change —
 * including a change committed by another process on the same file (the command line), noticed
 * through SQLite's `data_version`.
 *
 * The ledger starts on the data root (or the folder the root's preferences remember) and can be
 * switched to another data folder while it runs (a snapshot opened in a new folder): the registry,
 * the preferences and every handler are then those of the new folder.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { contract, type ChannelName, type Result } from '../../shared/contract';
import type { Locale } from '../../shared/domain';
import { LedgerError, type ErrorParams } from '../../shared/errors';
import { describeIssue, errorMessage } from '../../shared/i18n/errors';
import type { Db } from '../db/database';
import { osAccountName } from '../core/account';
import { followLedgerFolder } from '../core/ledgerFolders';
import { registryPath } from '../core/paths';
import { confPreferences, type Preferences } from '../core/preferences';
import type { HandlerContext, Handlers, HostDialogs, PendingStore } from '../kernel/capability';
import { systemClock, type Clock } from '../kernel/context';
import { revision } from '../kernel/events';
import { openForWriting } from '../kernel/writer';
import { getOrganisation } from '../kernel/records';
import { CAPABILITIES } from './capabilities';

export type { HostDialogs } from '../kernel/capability';

export interface LedgerOptions {
  /** The data root: the registry opened unless its preferences remember another data folder. */
  dataDir: string;
  /** The data root's preferences. */
  preferences: Preferences;
  /** The preferences kept in another data folder (electron-store in the app; conf by default). */
  preferencesFor?: (dataDir: string) => Preferences;
  dialogs: HostDialogs;
  mode: 'electron' | 'browser';
  version: string;
  clock?: Clock;
}

export interface Ledger {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  onChange(listener: (revision: number) => void): () => void;
  /**
   * Looks whether another process committed to the registry since the last look, and if so tells
   * the listeners. The hosts call it on a timer; tests call it directly.
   */
  checkExternalChanges(): void;
  locale(): Locale;
  close(): void;
  /** The open registry (another one after a switch of data folder). */
  readonly db: Db;
  /** The folder of the open registry. */
  readonly dataDir: string;
}

/** How often the hosts look for changes committed by another process (the command line). */
export const EXTERNAL_CHANGE_POLL_MS = 1000;

/** How long a parsed people file or a verified snapshot waits for the window's next step. */
export const PENDING_TTL_MS = 10 * 60 * 1000;

/** Every channel's handler, from the list of capabilities; a channel answered twice is a bug. */
export function allHandlers(context: HandlerContext): Handlers {
  const merged: Record<string, unknown> = {};
  for (const capability of CAPABILITIES) {
    for (const [channel, handler] of Object.entries(capability.handlers(context))) {
      if (Object.hasOwn(merged, channel)) throw new Error(`channel ${channel} is answered twice`);
      merged[channel] = handler;
    }
  }
  return merged as Handlers;
}

export function openLedger(options: LedgerOptions): Ledger {
  const root = options.dataDir;
  const rootPreferences = options.preferences;
  const preferencesFor = (dir: string) =>
    dir === root ? rootPreferences : (options.preferencesFor ?? confPreferences)(dir);
  const clock = options.clock ?? systemClock;
  const listeners = new Set<(revision: number) => void>();
  const stores = new Map<string, PendingStore<unknown>>();

  const pending = <T>(name: string): PendingStore<T> => {
    const existing = stores.get(name);
    if (existing) return existing as PendingStore<T>;
    const values = new Map<string, { value: T; at: number }>();
    const expired = (at: number) => clock.now().getTime() - at > PENDING_TTL_MS;
    const store: PendingStore<T> = {
      put(value) {
        for (const [key, entry] of values) if (expired(entry.at)) values.delete(key);
        const token = randomBytes(16).toString('hex');
        values.set(token, { value, at: clock.now().getTime() });
        return token;
      },
      get(token) {
        const entry = values.get(token);
        if (!entry) return undefined;
        if (expired(entry.at)) {
          values.delete(token);
          return undefined;
        }
        return entry.value;
      },
      delete(token) {
        values.delete(token);
      },
    };
    stores.set(name, store as PendingStore<unknown>);
    return store;
  };

  /** Everything that belongs to one open data folder. */
  interface Open {
    dataDir: string;
    db: Db;
    prefs: Preferences;
    handlers: Handlers;
    /** Closes the registry and releases the folder's write lock. */
    close(): void;
  }

  const openFolder = (dataDir: string, prefs: Preferences): Open => {
    // One writer per folder: another window, harness or writing command on it is refused here.
    const registry = openForWriting(dataDir, options.mode === 'electron' ? 'app' : 'browser');
    const db = registry.db;
    const context: HandlerContext = {
      db,
      clock,
      preferences: prefs,
      dialogs: options.dialogs,
      mode: options.mode,
      version: options.version,
      dataDir,
      folders: { root, switchTo, known },
      service: () => {
        const adminName = prefs.settings().adminName.trim() || null;
        return { db, clock, actor: adminName ?? osAccountName('administrator'), adminName };
      },
      pending,
    };
    try {
      return { dataDir, db, prefs, handlers: allHandlers(context), close: () => registry.close() };
    } catch (error) {
      registry.close();
      throw error;
    }
  };

  const startDir = followLedgerFolder(root, rootPreferences);
  let open = openFolder(startDir, preferencesFor(startDir));

  const locale = (): Locale => open.prefs.settings().locale ?? getOrganisation(open.db)?.locale ?? 'en';

  const translate = (error: unknown): Result<never> => {
    const loc = locale();
    if (error instanceof LedgerError) {
      return {
        ok: false,
        error: { code: error.code, message: errorMessage(loc, error.code, error.params), params: error.params },
      };
    }
    console.error('[group-ledger] internal error:', error);
    return { ok: false, error: { code: 'internal', message: errorMessage(loc, 'internal') } };
  };

  const dataVersion = () => (open.db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
  let seenDataVersion = dataVersion();
  let seenRevision = revision(open.db);
  const notify = () => {
    const now = revision(open.db);
    if (now !== seenRevision) {
      seenRevision = now;
      for (const listener of listeners) listener(now);
    }
  };

  function known(): string[] {
    const others = rootPreferences.knownFolders().filter((f) => f !== root && existsSync(registryPath(f)));
    return [root, ...others];
  }

  function switchTo(dir: string, switchOptions: { keepSettings?: boolean } = {}): void {
    const prefs = preferencesFor(dir);
    // The new folder opens first: if it cannot, the app stays on the registry it has.
    const next = openFolder(dir, prefs);
    if (switchOptions.keepSettings) prefs.updateSettings(open.prefs.settings());
    const previous = open;
    open = next;
    previous.close();
    // Values waiting for a next step belong to the registry they were read against.
    stores.clear();
    rootPreferences.setLedgerFolder(dir === root ? null : dir);
    seenDataVersion = dataVersion();
    // Listeners hear the other registry even when its revision happens to equal the last one.
    seenRevision = -1;
  }

  return {
    get db() {
      return open.db;
    },
    get dataDir() {
      return open.dataDir;
    },
    locale,
    async invoke(channel, rawInput) {
      if (!Object.hasOwn(contract, channel)) {
        return translate(new LedgerError('unknown_channel', { channel: String(channel).slice(0, 80) }));
      }
      const name = channel as ChannelName;
      const parsed = contract[name].input.safeParse(rawInput);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .slice(0, 3)
          .map((issue) => describeIssue(locale(), issue))
          .join('; ');
        return translate(new LedgerError('invalid_input', { detail } satisfies ErrorParams));
      }
      try {
        const handler = open.handlers[name] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        notify();
        return { ok: true, value };
      } catch (error) {
        return translate(error);
      }
    },
    checkExternalChanges() {
      const version = dataVersion();
      if (version === seenDataVersion) return;
      seenDataVersion = version;
      notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      open.close();
    },
  };
}
