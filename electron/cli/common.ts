/** What every command of the command line shares: its I/O, options, failures and registry access. */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Locale } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { openDatabase, type Db } from '../db/database';
import { registryPath } from '../core/paths';
import type { Clock, ServiceContext } from '../kernel/context';
import type { MessageKey } from './messages';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  clock?: Clock;
}

/** The options every command takes, resolved. */
export interface Common {
  dataDir: string;
  json: boolean;
  locale: Locale;
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

/** Opens the registry; commands that only read or export never create one in a mistyped folder. */
export function withDb<T>(common: Common, fn: (db: Db) => T, create = false): T {
  const path = registryPath(common.dataDir);
  if (!create && !existsSync(path)) throw new LedgerError('no_registry', { dataDir: common.dataDir });
  const db = openDatabase(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Changes made from the command line are attributed to the operating-system user. */
export function cliContext(db: Db, clock: Clock): ServiceContext {
  let user = 'administrator';
  try {
    user = userInfo().username;
  } catch {
    /* no user database on this machine */
  }
  return { db, clock, actor: user };
}
