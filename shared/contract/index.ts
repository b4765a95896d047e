/**
 * The one place that names every IPC channel: its input schema (zod) and its result type.
 * The preload API, the main-process handlers, the browser-harness client and the command
 * line are all derived from this object; no other file spells a channel string.
 *
 * Each capability declares its channels (and the types they answer) in its own file here; this
 * index joins them. A new capability: one file exporting `<name>Channels`, one line below, and its
 * names in channels.ts (kept zod-free for the preload) — the check below fails until all agree.
 */
import type { ExportedFile } from './define';
import type { z } from 'zod';
import type { SerializedError } from '../errors';
import { appChannels } from './app';
import { backupsChannels } from './backups';
import { CHANNEL_NAMES, REGISTRY_CHANGED, ipcChannel, type ChannelName } from './channels';
import type { ChannelSpec } from './define';
import { diffChannels } from './diff';
import { directoryChannels } from './directory';
import { exportsChannels } from './exports';
import { exceptionsChannels } from './exceptions';
import { groupsChannels } from './groups';
import { historyChannels } from './history';
import { incidentsChannels } from './incidents';
import { insightsChannels } from './insights';
import { membershipChannels } from './membership';
import { organisationChannels } from './organisation';
import { rulesChannels } from './rules';
import { runbooksChannels } from './runbooks';
import { snapshotsChannels } from './snapshots';

export * from './app';
export * from './organisation';
export * from './directory';
export * from './groups';
export * from './membership';
export * from './exceptions';
export * from './rules';
export * from './runbooks';
export * from './insights';
export * from './history';
export * from './snapshots';
export * from './incidents';
export * from './diff';
export * from './exports';
export * from './backups';
export { REPORT_FORMATS, ReportFormat, type ExportedFile } from './define';

export const contract = {
  ...appChannels,
  ...organisationChannels,
  ...directoryChannels,
  ...groupsChannels,
  ...membershipChannels,
  ...exceptionsChannels,
  ...rulesChannels,
  ...runbooksChannels,
  ...insightsChannels,
  ...historyChannels,
  ...snapshotsChannels,
  ...incidentsChannels,
  ...diffChannels,
  ...exportsChannels,
  ...backupsChannels,
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
// Every name in channels.ts has an entry here and no entry is missing from it.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _channelsMatch: Exact<keyof Contract, ChannelName> = true;
void _channelsMatch;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Contract[C]['output'];

export { CHANNEL_NAMES, REGISTRY_CHANGED, ipcChannel, type ChannelName };
export interface RegistryChanged {
  revision: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/**
 * `window.groupLedger`: one method per channel, plus the change subscription. Methods resolve to
 * a plain Result (errors are data, so they cross contextBridge intact); the renderer unwraps them.
 */
export type GroupLedgerApi = {
  [C in ChannelName]: undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  onRegistryChanged(listener: (event: RegistryChanged) => void): () => void;
  /**
   * The browser harness only: hands a file an export wrote (a report, a snapshot) to the browser
   * as a download, since a browser has no save dialog. In the app the native dialog already put
   * the file where the admin chose, and this is absent.
   */
  download?(file: ExportedFile): Promise<void>;
};

export type {
  Acknowledgement,
  ExceptionRequest,
  Group,
  Person,
  Membership,
  Organisation,
  RuleVersion,
  Tier,
  Unit,
} from '../domain';
