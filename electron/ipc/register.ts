/**
 * Registers one IPC handler per contract channel. Every handler checks that the request comes
 * from the app's own page in its main frame before anything else runs; the ledger validates the
 * input. Written against a minimal ipcMain shape so it runs (and is tested) without Electron.
 */
import { CHANNEL_NAMES, ipcChannel, type Result } from '../../shared/contract';
import { LedgerError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import type { Ledger } from '../app/ledger';

export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { id: number };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface SenderPolicy {
  /** The origin of the app's own page, e.g. `app://group-ledger`. */
  appOrigin: string;
  /** The webContents ids allowed to call (the main window's). */
  allowedSenders(): number[];
}

export function isTrustedSender(event: IpcEventLike, policy: SenderPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false; // no detached frames, no iframes
  if (!policy.allowedSenders().includes(event.sender.id)) return false;
  try {
    // URL.origin is "null" for custom schemes such as app://, so compare scheme and host directly.
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === policy.appOrigin;
  } catch {
    return false;
  }
}

export function registerIpc(ipcMain: IpcMainLike, ledger: Ledger, policy: SenderPolicy): () => void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, policy)) {
        const error = new LedgerError('forbidden_sender');
        return { ok: false, error: { code: error.code, message: errorMessage(ledger.locale(), error.code) } };
      }
      return ledger.invoke(name, input);
    });
  }
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}
