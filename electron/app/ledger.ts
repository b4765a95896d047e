/**
 * The registry as the app sees it: one open database, the preferences, the dialogs of the host
 * (Electron or the browser harness) and the channel handlers of every capability. `invoke` is the
 * single entry used by IPC and by the harness: it validates input against the contract, runs the
 * handler, translates errors, and tells listeners the revision after every committed change —
 * including a change committed by another process on the same file (the command line), noticed
 * through SQLite's `data_version`.
 */
import { randomBytes } from 'node:crypto';
import { contract, type ChannelName, type Result } from '../../shared/contract';
import type { Locale } from '../../shared/domain';
import { LedgerError, type ErrorParams } from '../../shared/errors';
import { describeIssue, errorMessage } from '../../shared/i18n/errors';
import { openDatabase, type Db } from '../db/database';
import { osAccountName } from '../core/account';
import { registryPath } from '../core/paths';
import type { Preferences } from '../core/preferences';
import type { HandlerContext, Handlers, HostDialogs, PendingStore } from '../kernel/capability';
import { systemClock, type Clock } from '../kernel/context';
import { revision } from '../kernel/events';
import { getOrganisation } from '../kernel/records';
import { CAPABILITIES } from './capabilities';

export type { HostDialogs } from '../kernel/capability';

export interface LedgerOptions {
  dataDir: string;
  preferences: Preferences;
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
  readonly db: Db;
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
  const db = openDatabase(registryPath(options.dataDir));
  const clock = options.clock ?? systemClock;
  const prefs = options.preferences;
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

  const locale = (): Locale => prefs.settings().locale ?? getOrganisation(db)?.locale ?? 'en';
  const context: HandlerContext = {
    db,
    clock,
    preferences: prefs,
    dialogs: options.dialogs,
    mode: options.mode,
    version: options.version,
    dataDir: options.dataDir,
    service: () => {
      const adminName = prefs.settings().adminName.trim() || null;
      return { db, clock, actor: adminName ?? osAccountName('administrator'), adminName };
    },
    pending,
  };
  const handlers = allHandlers(context);

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

  const dataVersion = () => (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
  let seenDataVersion = dataVersion();
  let seenRevision = revision(db);
  const notify = () => {
    const now = revision(db);
    if (now !== seenRevision) {
      seenRevision = now;
      for (const listener of listeners) listener(now);
    }
  };

  return {
    db,
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
        const handler = handlers[name] as (input: unknown) => unknown;
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
      db.close();
    },
  };
}
