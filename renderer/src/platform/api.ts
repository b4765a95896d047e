/**
 * The renderer's only way to the registry: `window.groupLedger` (from the preload in Electron, or
 * the harness client in a browser), unwrapped so a failed call throws an ApiError with a stable
 * code and an already translated message.
 */
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  ExportedFile,
  GroupLedgerApi,
  Result,
} from '../../../shared/contract';
import type { ErrorCode, ErrorParams } from '../../../shared/errors';

declare global {
  interface Window {
    groupLedger: GroupLedgerApi;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, message: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.params = params;
  }
}

export async function call<C extends ChannelName>(
  channel: C,
  ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]
): Promise<ChannelOutput<C>> {
  const method = window.groupLedger[channel] as (input?: unknown) => Promise<Result<ChannelOutput<C>>>;
  const result = await method(input[0]);
  if (result.ok) return result.value;
  // The registry turned out damaged while the window was open (found by the full check after the
  // open): whoever listens (the session) shows the recovery page.
  if (result.error.code === 'registry_damaged') for (const listener of damagedListeners) listener();
  throw new ApiError(result.error.code, result.error.message, result.error.params);
}

const damagedListeners = new Set<() => void>();

/** Called when any answer says the registry cannot be used. */
export function onRegistryDamaged(listener: () => void): () => void {
  damagedListeners.add(listener);
  return () => damagedListeners.delete(listener);
}

/**
 * One channel as a named function, for a feature's store: `export const saveUnit = caller('units.save')`.
 * Components call these rather than `call()`, so every request a feature makes is listed in its store.
 */
export function caller<C extends ChannelName>(channel: C) {
  return (...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]) =>
    call(channel, ...input);
}

export function onRegistryChanged(listener: (revision: number) => void): () => void {
  return window.groupLedger.onRegistryChanged((event) => listener(event.revision));
}

/**
 * Hands a file an export wrote to the admin: in the app the save dialog already put it where they
 * chose ('saved'); in the browser harness it is downloaded ('downloaded').
 */
export async function deliverExport(file: ExportedFile): Promise<'saved' | 'downloaded'> {
  const download = window.groupLedger.download;
  if (!download) return 'saved';
  await download(file);
  return 'downloaded';
}
