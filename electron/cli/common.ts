/** What every command of the command line shares: its I/O, options, failures and registry access. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { osAccountName } from '../core/account';
import { PREFERENCES_FILE, confPreferences } from '../core/preferences';
import type { Locale } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { openDatabase, type Db } from '../db/database';
import { heldRegistry, inspectRegistry, openRegistry } from '../capabilities/backups';
import { doctorText } from '../../shared/i18n/doctor';
import { systemClock } from '../kernel/context';
import { lockFolder } from '../core/folderLock';
import { openForWriting } from '../kernel/writer';
import { installationKey, installationRoot, type LedgerKey } from '../core/signingKey';
import { followLedgerFolder } from '../core/ledgerFolders';
import { registryPath } from '../core/paths';
import type { Clock, ServiceContext } from '../kernel/context';
import type { MessageKey } from './messages';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  clock?: Clock;
  /** Asks for a password without echoing it; absent when standard input is not a terminal. */
  askPassword?: (question: string) => Promise<string | null>;
}

/** The options every command takes, resolved. */
export interface Common {
  dataDir: string;
  json: boolean;
  locale: Locale;
  /** Who signs the changes this command records. */
  actor: string;
  /** The administrator's name when `actor` is one; null when it is only the operating-system account. */
  adminName: string | null;
  /**
   * How the command opens the registry: 'write' takes the folder's write lock (refused while the
   * app has it open); 'read' only reads, read-only when another process holds the folder;
   * 'read-only' (--read-only) always read-only.
   */
  access: 'write' | 'read' | 'read-only';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What a command needs besides its own arguments. */
export interface CommandEnv {
  io: CliIo;
  common: Common;
  clock: Clock;
  t: Translate;
}

/** Wrong use of the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/**
 * A failure whose message is already written for the person at the terminal. Exit code 1 (a
 * failure), or 2 when the person must say more precisely what they meant (several groups match).
 */
export class CliFailure extends LedgerError {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    /** What --json prints on stdout, e.g. the groups a vague name matched. */
    readonly json: Record<string, unknown> = {},
  ) {
    super('not_found', {}, message);
  }
}

/** Prints the JSON document with --json, else the text for people. */
export function report(env: CommandEnv, data: unknown, text: string): void {
  env.io.out(env.common.json ? JSON.stringify(data, null, 2) : text);
}

/**
 * Checks the registry file before opening it (the same check as the app's): a damaged or unusable
 * file is never opened for writing, migrated or reset, and the error says what is wrong with it.
 * An older schema is backed up before it is migrated.
 *
 * Then opens it as the command's access says (see Common.access): a writing command holds the
 * folder's write lock until it ends (taken before the check), and is refused with
 * `ledger_open_elsewhere` while the app (or another writing command) has the folder; its registry
 * must reach its history's anchor, which follows its commits. A reading one never waits for it.
 */
export function openCheckedRegistry(
  common: Common,
  create: boolean,
  clock: Clock = systemClock,
): { db: Db; close(): void } {
  const path = registryPath(common.dataDir);
  const backups = heldRegistry(common.dataDir);
  if (!create && !existsSync(path) && !backups) throw new LedgerError('no_registry', { dataDir: common.dataDir });
  const lock = common.access === 'write' ? lockFolder(common.dataDir, 'cli') : null;
  try {
    const health = inspectRegistry(path, { hasBackups: backups });
    if (health.state === 'damaged' || health.state === 'unavailable') {
      throw new LedgerError('registry_damaged', {
        path,
        problem: doctorText(common.locale, health.problem ?? 'registry_corrupt', { detail: health.detail ?? '' }),
      });
    }
    if (!create && health.state === 'new') throw new LedgerError('no_registry', { dataDir: common.dataDir });
    if (lock) {
      const registry = openForWriting(common.dataDir, 'cli', {
        lock,
        open: () => openRegistry(common.dataDir, clock),
      });
      return {
        db: registry.db,
        close() {
          try {
            registry.close();
          } finally {
            lock.release();
          }
        },
      };
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
  let readOnly = common.access === 'read-only';
  if (!readOnly) {
    try {
      lockFolder(common.dataDir, 'cli').release();
    } catch {
      readOnly = true; // held by the app, or a folder this account cannot write to
    }
  }
  const db = readOnly ? openDatabase(path, { readOnly }) : openRegistry(common.dataDir, clock);
  return { db, close: () => db.close() };
}

/** Opens the registry; commands that only read or export never create one in a mistyped folder. */
export function withDb<T>(common: Common, fn: (db: Db) => T, create = false): T {
  const registry = openCheckedRegistry(common, create);
  try {
    return fn(registry.db);
  } finally {
    registry.close();
  }
}

/** As withDb, for a command that waits on the registry (a backup before a restore). */
export async function withDbAsync<T>(common: Common, fn: (db: Db) => Promise<T>, create = false): Promise<T> {
  const registry = openCheckedRegistry(common, create);
  try {
    return await fn(registry.db);
  } finally {
    registry.close();
  }
}

/**
 * The folder a command works on when --data is not given: the data root, or the folder the app
 * switched to from it (a snapshot opened in a new data folder), so the command line and the app
 * agree on which ledger is current.
 */
export function defaultLedgerFolder(root: string): string {
  if (!existsSync(join(root, `${PREFERENCES_FILE}.json`))) return root;
  try {
    return followLedgerFolder(root, confPreferences(root));
  } catch {
    return root; // unreadable preferences: the root, as before any switch
  }
}

/**
 * The administrator's name for the changes made from the command line: --actor, else the name
 * from the app's preferences in the data folder; null when neither gives one.
 */
export function resolveAdminName(dataDir: string, given: string | undefined): string | null {
  if (given?.trim()) return given.trim().slice(0, 100);
  if (existsSync(join(dataDir, `${PREFERENCES_FILE}.json`))) {
    try {
      const name = confPreferences(dataDir).settings().adminName.trim();
      if (name) return name;
    } catch {
      /* unreadable preferences: no name */
    }
  }
  return null;
}

/** Who signs the changes made from the command line: the administrator's name, else the operating-system user. */
export function resolveActor(dataDir: string, given: string | undefined): string {
  return resolveAdminName(dataDir, given) ?? osAccountName('administrator');
}

/** A service context for a command: the registry, the clock and who signs. */
export function cliContext(db: Db, env: Pick<CommandEnv, 'clock' | 'common'>): ServiceContext {
  return { db, clock: env.clock, actor: env.common.actor, adminName: env.common.adminName };
}

/** The installation's signing key: the data root's (a folder under <root>/ledgers/ belongs to that root). */
export function cliSigningKey(common: Pick<Common, 'dataDir'>): LedgerKey {
  return installationKey(installationRoot(common.dataDir));
}
