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
import { resolve } from 'node:path';
import { contract, type ChannelName, type Result } from '../../shared/contract';
import type { Locale } from '../../shared/domain';
import { LedgerError, type ErrorParams } from '../../shared/errors';
import { doctorText } from '../../shared/i18n/doctor';
import { describeIssue, errorMessage } from '../../shared/i18n/errors';
import { openDatabase, type Db } from '../db/database';
import {
  RECOVERY_CHANNELS,
  dailyBackup,
  fullCheckOffThread,
  heldRegistry,
  historyProblem,
  inspectRegistry,
  openRegistry,
  type FileHealth,
} from '../capabilities/backups';
import { osAccountName } from '../core/account';
import { isDiskFull, logInternalError } from '../core/errorLog';
import { followLedgerFolder } from '../core/ledgerFolders';
import { registryPath } from '../core/paths';
import { confPreferences, type Preferences } from '../core/preferences';
import type { HandlerContext, Handlers, HostDialogs, PendingStore } from '../kernel/capability';
import { systemClock, type Clock } from '../kernel/context';
import { revision } from '../kernel/events';
import { lockFolder, type FolderLock } from '../core/folderLock';
import { openForWriting, type WritableRegistry } from '../kernel/writer';
import { getOrganisation, isRegistryEmpty } from '../kernel/records';
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
  /**
   * How long after a folder is opened its start-of-the-day backup waits (0 by default). The app
   * and the harness wait `DAILY_BACKUP_DELAY_MS`: the backup's copy and checks keep both cores of
   * an office PC busy, and would otherwise do so while the window loads its first page.
   */
  dailyBackupDelayMs?: number;
}

/** The hosts' wait before the start-of-the-day backup (see `LedgerOptions.dailyBackupDelayMs`). */
export const DAILY_BACKUP_DELAY_MS = 15_000;

export interface Ledger {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  onChange(listener: (revision: number) => void): () => void;
  /**
   * Looks whether another process committed to the registry since the last look, and if so tells
   * the listeners. The hosts call it on a timer; tests call it directly.
   */
  checkExternalChanges(): void;
  locale(): Locale;
  /**
   * Background work not yet started is dropped: the start-of-the-day backup, while it waits, is not
   * taken (the next start takes it). Work already running goes on to its end (`settled`).
   */
  stopWaiting(): void;
  close(): void;
  /** The open registry (another one after a switch of data folder). */
  readonly db: Db;
  /** The folder of the open registry. */
  readonly dataDir: string;
  /** What the open-time check found; not 'ok'/'new': the ledger is in recovery (see openFolder). */
  readonly health: FileHealth;
  /**
   * The background work after an open (the full check, then, after `dailyBackupDelayMs`, the day's
   * backup): tests wait for it.
   */
  readonly settled: Promise<void>;
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
    health: FileHealth;
    /** The folder's write lock, held as long as the folder is open (in recovery too; null when the folder cannot hold it). */
    lock: FolderLock | null;
    /** The registry (null in recovery: `db` is then an in-memory stand-in). */
    registry: WritableRegistry | null;
    /** The capabilities' work ahead of the window's first requests (`Capability.readAhead`). */
    readAhead: () => void;
  }

  /** Closes an open folder's registry; its write lock too unless the same folder keeps it (opened again). */
  const closeFolder = (o: Pick<Open, 'registry' | 'db' | 'lock'>, keepLock = false) => {
    try {
      if (o.registry) o.registry.close();
      else o.db.close();
    } finally {
      if (!keepLock) o.lock?.release();
    }
  };

  /**
   * Opens a data folder's registry after checking its file. The folder's write lock comes first:
   * another window, harness or writing command on it is refused here (`ledger_open_elsewhere`),
   * whether its registry is healthy or not. A damaged or unusable file is left exactly as it is
   * and the folder opens in recovery: `db` is an empty in-memory stand-in (so settings, language
   * and app info work) and only the channels that help recover are answered. A healthy registry
   * must reach its history's anchor, which then follows every commit.
   */
  const openFolder = (dataDir: string, prefs: Preferences, found?: FileHealth, heldLock?: FolderLock): Open => {
    const holder = options.mode === 'electron' ? 'app' : 'browser';
    // A folder that cannot hold the lock file (read-only, no permission) is not refused here: its
    // check below says why nothing can be saved there (recovery); held by another, it is refused.
    let lock: FolderLock | null = heldLock ?? null;
    let lockFailure: unknown = null;
    if (!lock) {
      try {
        lock = lockFolder(dataDir, holder);
      } catch (error) {
        if (!(error instanceof LedgerError && error.code === 'io_error')) throw error;
        lockFailure = error;
      }
    }
    let health: FileHealth;
    let registry: WritableRegistry | null;
    let db: Db;
    try {
      // The quick part of the check here; SQLite's quick_check, which reads every page, runs on a
      // worker thread once the folder is open (afterOpen).
      health = found ?? inspectRegistry(registryPath(dataDir), { hasBackups: heldRegistry(dataDir), full: false });
      let recovering = health.state === 'damaged' || health.state === 'unavailable';
      if (!recovering && !lock) throw lockFailure;
      registry = null;
      if (!recovering && lock) {
        try {
          registry = openForWriting(dataDir, holder, { lock, open: () => openRegistry(dataDir, clock) });
        } catch (error) {
          // A whole file whose history does not reach the entry recorded beside it (refused before
          // anything was written to it): the folder opens in recovery, the registry left as it is
          // (a backup may hold the missing changes).
          const lost = historyProblem(error, registryPath(dataDir));
          if (!lost) throw error;
          health = lost;
          recovering = true;
        }
      }
      if (recovering) console.error(`[group-ledger] registry ${health.path}: ${health.problem} ${health.detail ?? ''}`);
      db = registry ? registry.db : openDatabase(':memory:');
    } catch (error) {
      if (!heldLock) lock?.release();
      throw error;
    }
    const context: HandlerContext = {
      health,
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
      const readAhead = () => {
        for (const capability of CAPABILITIES) capability.readAhead?.(context);
      };
      return { dataDir, db, prefs, handlers: allHandlers(context), health, lock, registry, readAhead };
    } catch (error) {
      closeFolder({ db, lock, registry }, heldLock !== undefined);
      throw error;
    }
  };
  const inRecovery = (o: Open) => o.health.state === 'damaged' || o.health.state === 'unavailable';

  let background: Promise<void> = Promise.resolve();
  let closed = false;
  /** Set by `stopWaiting` (and `close`): what waits to start does not start. */
  let stopped = false;
  /** Waits `ms`, or less: `stopWaiting` and `close` end the wait at once. */
  const waits = new Set<() => void>();
  const stopWaiting = () => {
    stopped = true;
    for (const done of [...waits]) done();
  };
  const afterDelay = (ms: number) =>
    ms <= 0 || stopped
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            waits.delete(done);
            resolve();
          };
          const timer = setTimeout(done, ms);
          waits.add(done);
        });
  /**
   * Once a folder is open, in the background: SQLite's quick_check of the whole file on a worker
   * thread — a damaged file found now puts the folder in recovery (the window is told) — then the
   * backup of the start of the day (SQLite's backup and its verification run off the main thread).
   */
  const afterOpen = (o: Open) => {
    if (inRecovery(o)) return;
    // A registry empty at the start of the day has nothing to keep (a first run).
    const emptyAtOpen = isRegistryEmpty(o.db);
    // Just after the open, before the window's first requests come (it takes about a second to load).
    if (!emptyAtOpen) {
      setImmediate(() => {
        if (closed || open !== o) return;
        try {
          o.readAhead();
        } catch (error) {
          // Only time is lost: the window's request works it out again and says what is wrong.
          console.error('[group-ledger] reading ahead failed:', error);
        }
      });
    }
    background = fullCheckOffThread(o.health.path)
      .then(async (problem) => {
        if (closed || open !== o) return;
        // Only damage found in the file changes anything; a check that could not run (the file
        // busy a moment, say) leaves the open registry as it is: the next open checks again.
        if (problem && problem.state !== 'damaged') {
          console.error(`[group-ledger] full check of ${problem.path} could not run: ${problem.detail ?? ''}`);
        } else if (problem) {
          console.error(`[group-ledger] registry ${problem.path}: ${problem.problem} ${problem.detail ?? ''}`);
          // The same folder, its lock kept: no other process can take it in between.
          open = openFolder(o.dataDir, o.prefs, problem, o.lock ?? undefined);
          closeFolder(o, open.lock === o.lock);
          stores.clear();
          seenRevision = -1;
          notify();
          return;
        }
        if (problem || emptyAtOpen) return;
        await afterDelay(options.dailyBackupDelayMs ?? 0);
        // Stopped (closing stops too), or switched to another folder, while it waited (that
        // folder's own open decides for it).
        if (stopped || open !== o) return;
        await dailyBackup(o.db, o.dataDir, clock, o.prefs.backupRetention());
      })
      // A backup cut short by closing the app leaves nothing behind (its temporary file is removed).
      .catch((error: unknown) => void (closed || console.error('[group-ledger] daily backup failed:', error)));
  };

  const startDir = followLedgerFolder(root, rootPreferences);
  let open = openFolder(startDir, preferencesFor(startDir));
  afterOpen(open);

  const locale = (): Locale => open.prefs.settings().locale ?? getOrganisation(open.db)?.locale ?? 'en';

  const translate = (error: unknown): Result<never> => {
    const loc = locale();
    if (error instanceof LedgerError) {
      return {
        ok: false,
        error: { code: error.code, message: errorMessage(loc, error.code, error.params), params: error.params },
      };
    }
    // A full disk is said as such (SQLite rolled the change back): nothing to log.
    if (isDiskFull(error)) {
      const params = { path: open.dataDir };
      return { ok: false, error: { code: 'disk_full', message: errorMessage(loc, 'disk_full', params), params } };
    }
    console.error('[group-ledger] internal error:', error);
    const log = logInternalError(open.dataDir, error, clock.now());
    return {
      ok: false,
      error: log
        ? { code: 'internal', message: errorMessage(loc, 'internal_logged', { log }), params: { log } }
        : { code: 'internal', message: errorMessage(loc, 'internal') },
    };
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
    // The same folder again (after a restore in recovery) keeps its write lock.
    const same = resolve(dir) === resolve(open.dataDir);
    const next = openFolder(dir, prefs, undefined, same ? (open.lock ?? undefined) : undefined);
    // A damaged folder is not switched to from a working one: the app stays where it is and says why.
    if (inRecovery(next) && !inRecovery(open)) {
      closeFolder(next, next.lock === open.lock);
      throw new LedgerError('registry_damaged', {
        path: next.health.path,
        problem: doctorText(open.prefs.settings().locale ?? 'en', next.health.problem ?? 'registry_corrupt', {
          detail: next.health.detail ?? '',
          ...next.health.params,
        }),
      });
    }
    if (switchOptions.keepSettings) prefs.updateSettings(open.prefs.settings());
    const previous = open;
    open = next;
    closeFolder(previous, previous.lock === next.lock);
    // Values waiting for a next step belong to the registry they were read against.
    stores.clear();
    rootPreferences.setLedgerFolder(dir === root ? null : dir);
    seenDataVersion = dataVersion();
    // Listeners hear the other registry even when its revision happens to equal the last one.
    seenRevision = -1;
    afterOpen(next);
  }

  return {
    get db() {
      return open.db;
    },
    get dataDir() {
      return open.dataDir;
    },
    get health() {
      return open.health;
    },
    get settled() {
      return background;
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
      if (inRecovery(open) && !RECOVERY_CHANNELS.has(name)) {
        return translate(
          new LedgerError('registry_damaged', {
            path: open.health.path,
            problem: doctorText(locale(), open.health.problem ?? 'registry_corrupt', {
              detail: open.health.detail ?? '',
              ...open.health.params,
            }),
          }),
        );
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
    stopWaiting,
    close() {
      closed = true;
      stopWaiting();
      listeners.clear();
      closeFolder(open);
    },
  };
}
