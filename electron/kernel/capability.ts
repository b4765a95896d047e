/**
 * What a capability gives the app: the handlers of its channels. `electron/app/capabilities.ts`
 * lists the capabilities; the ledger merges their handlers and a test checks that every channel of
 * the contract has exactly one.
 */
import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Contract, RegistryHealth } from '../../shared/contract';
import type { Db } from '../db/database';
import type { Preferences } from '../core/preferences';
import type { Clock, ServiceContext } from './context';

/** What the host (Electron window or browser harness) provides. */
export interface HostDialogs {
  /** Asks where to save a snapshot; null when the user cancels. */
  chooseSnapshotSaveFile(defaultName: string): Promise<string | null>;
  /** Asks which snapshot to open; null when the user cancels. */
  chooseSnapshotOpenFile(): Promise<string | null>;
  /**
   * False when the host has no open dialog (browser mode: the page picks a file and sends it);
   * true or absent when `chooseSnapshotOpenFile` asks the administrator.
   */
  readonly opensFiles?: boolean;
  /** Asks where to save a document (a report); `extensions` without the dot; null when the user cancels. */
  chooseSaveFile(defaultName: string, extensions: string[]): Promise<string | null>;
}

/** Short-lived values handed to the window between two calls (a parsed file, a verified snapshot). */
export interface PendingStore<T> {
  /** Keeps a value and returns its random token. */
  put(value: T): string;
  /** The value, or undefined when the token is unknown or expired. */
  get(token: string): T | undefined;
  delete(token: string): void;
}

/**
 * The data folders around the open registry: the root where the app started (new ledgers are
 * made under it) and switching the running app to another folder.
 */
export interface DataFolders {
  /** Where the app started: its user-data folder, or --data. */
  root: string;
  /**
   * Closes this registry and opens the one in `dir`, which the next start opens too. With
   * `keepSettings`, `dir` starts with this folder's settings (language, theme, who signs).
   * Handlers must not use their context after this: the next call gets a fresh one.
   */
  switchTo(dir: string, options?: { keepSettings?: boolean }): void;
  /** The root and every folder switched to from it that still holds a registry, most recent first. */
  known(): string[];
}

/** What every channel handler may use. */
export interface HandlerContext {
  db: Db;
  clock: Clock;
  preferences: Preferences;
  dialogs: HostDialogs;
  mode: 'electron' | 'browser';
  version: string;
  /** The folder of the open registry. */
  dataDir: string;
  folders: DataFolders;
  /** A service context attributed to the administrator. */
  service(): ServiceContext;
  /** A store of short-lived values with the ledger's expiry, measured on the injected clock. */
  pending<T>(name: string): PendingStore<T>;
  /**
   * What the open-time check found in the registry file. Not 'ok'/'new': the ledger runs in
   * recovery (`db` is then an empty stand-in that is never written) and answers only the channels
   * that help recover. Absent in contexts made outside the ledger (tests).
   */
  health?: Omit<RegistryHealth, 'newestBackup'>;
}

export type Handler<C extends ChannelName> = (
  input: z.output<Contract[C]['input']>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers<C extends ChannelName = ChannelName> = { [K in C]: Handler<K> };

export interface Capability<C extends ChannelName = ChannelName> {
  name: string;
  /** The channels this capability answers. */
  handlers(context: HandlerContext): Handlers<C>;
  /**
   * Work done once a registry is opened, just after, so the window's first requests find it done
   * (the dashboard's summary). Not called in recovery, nor on a registry empty at open.
   */
  readAhead?(context: HandlerContext): void;
}

/** Declares a capability whose handler names are checked against the contract. */
export function defineCapability<C extends ChannelName>(capability: Capability<C>): Capability<C> {
  return capability;
}
