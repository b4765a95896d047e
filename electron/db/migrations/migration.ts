/** One schema migration: its number (kept in `PRAGMA user_version` once applied), SQL and data step. */
import type { DatabaseSync } from 'node:sqlite';

export interface Migration {
  /** Ascending, with gaps left for later ones (0010, 0020 …); the last applied is user_version. */
  version: number;
  /** Short kebab-case name, as in its file name. */
  name: string;
  /** Schema changes. */
  sql: string;
  /** Runs after `sql` in the same transaction: for data that must be moved or filled in. */
  data?(db: DatabaseSync): void;
  /**
   * Rebuilds a table that other tables reference (SQLite's "12-step" way to drop a CHECK): foreign
   * keys are switched off for the migration's transaction, which can only be done outside it, and
   * `PRAGMA foreign_key_check` must find nothing before it commits.
   */
  rebuildsTables?: boolean;
}
