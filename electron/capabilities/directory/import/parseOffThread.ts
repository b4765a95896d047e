/**
 * Reads a staff list in a worker thread (parseWorker.ts), one thread per file, so the main process
 * — and the window it serves — does not stop while the file is unpacked and parsed (up to the
 * limits of ./limits.ts: seconds for the largest). Where the worker bundle is not there (unit tests
 * run the sources), the file is read in this thread; the result and the errors are the same.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LedgerError, isErrorCode, type ErrorParams } from '../../../../shared/errors';
import { parsePeopleFile, type ParsedPeopleFile } from './peopleFile';

export interface ParseRequest {
  fileName: string;
  bytes: Uint8Array;
}

export type ParseReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; file: ParsedPeopleFile }
  | { type: 'failed'; code: string; params: ErrorParams }
  | { type: 'failed'; code: null; message: string };

/** dist/electron/people-import-worker.mjs, beside main.cjs and reached from dist/node/harness.mjs; outside app.asar. */
export function peopleWorkerScript(): string | null {
  try {
    const path = fileURLToPath(new URL('../electron/people-import-worker.mjs', import.meta.url)).replace(
      /app\.asar([\\/])/,
      'app.asar.unpacked$1',
    );
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** A file being read: its outcome, how far it is (0–1), and a way to stop it. */
export interface PeopleParse {
  done: Promise<ParsedPeopleFile>;
  progress(): number;
  /** Ends the reading thread: `done` rejects with import_cancelled. False when it had already ended. */
  cancel(): boolean;
}

/**
 * parsePeopleFile in a worker thread when `script` is there (progress as it reads, and a cancel that
 * ends the thread at once), else in this thread (no progress until it is done; nothing to cancel).
 */
export function startPeopleParse(
  fileName: string,
  bytes: Uint8Array,
  script: string | null = peopleWorkerScript(),
): PeopleParse {
  if (script === null) {
    let done: Promise<ParsedPeopleFile>;
    try {
      done = Promise.resolve(parsePeopleFile(fileName, bytes));
    } catch (error) {
      done = Promise.reject(error as Error);
    }
    return { done, progress: () => 1, cancel: () => false };
  }
  let fraction = 0;
  let settled = false;
  let stop: () => void = () => undefined;
  const done = new Promise<ParsedPeopleFile>((resolve, reject) => {
    const worker = new Worker(script);
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    stop = () => settle(() => reject(new LedgerError('import_cancelled', { file: fileName })));
    worker.on('message', (reply: ParseReply) => {
      if (reply.type === 'progress') {
        fraction = reply.fraction;
        return;
      }
      settle(() => {
        if (reply.type === 'done') resolve(reply.file);
        else if (reply.code !== null && isErrorCode(reply.code)) reject(new LedgerError(reply.code, reply.params));
        else reject(new Error(reply.code === null ? reply.message : reply.code));
      });
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the import worker stopped (exit code ${code})`))));
    // The bytes are copied into the worker: the caller's buffer stays usable.
    worker.postMessage({ fileName, bytes } satisfies ParseRequest);
  });
  return {
    done,
    progress: () => fraction,
    cancel: () => {
      if (settled) return false;
      stop();
      return true;
    },
  };
}

/** parsePeopleFile in a worker thread when `script` is there, else in this thread. */
export function parsePeopleFileOffThread(
  fileName: string,
  bytes: Uint8Array,
  script: string | null = peopleWorkerScript(),
): Promise<ParsedPeopleFile> {
  return startPeopleParse(fileName, bytes, script).done;
}
