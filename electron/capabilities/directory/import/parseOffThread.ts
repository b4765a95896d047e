/**
 * Reads a staff list in a worker thread (parseWorker.ts), one thread per file, so the main process
 * — and the window it serves — does not stop while the file is unpacked and parsed (up to the
 * limits of ./limits.ts: seconds for the largest). Where the worker bundle is not there (unit tests
 * run the sources), the file is read in this thread; the result and the errors are the same.
 */
import { LedgerError } from '../../../../shared/errors';
import { bundledWorker, startWorkerJob, type WorkerJob } from '../../../core/workerJob';
import { parsePeopleFile, type ParsedPeopleFile } from './peopleFile';

export interface ParseRequest {
  fileName: string;
  bytes: Uint8Array;
}

/** dist/electron/people-import-worker.mjs (core/workerJob). */
export function peopleWorkerScript(): string | null {
  return bundledWorker('people-import-worker.mjs');
}

/** A file being read: its outcome, how far it is (0–1), and a way to stop it. */
export type PeopleParse = WorkerJob<ParsedPeopleFile>;

/**
 * parsePeopleFile in a worker thread when `script` is there (progress as it reads, and a cancel that
 * ends the thread at once: import_cancelled), else in this thread (no progress until it is done;
 * nothing to cancel).
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
  // The bytes are copied into the worker: the caller's buffer stays usable.
  return startWorkerJob<ParsedPeopleFile>(
    script,
    { fileName, bytes } satisfies ParseRequest,
    'the import worker',
    () => new LedgerError('import_cancelled', { file: fileName }),
  );
}

/** parsePeopleFile in a worker thread when `script` is there, else in this thread. */
export function parsePeopleFileOffThread(
  fileName: string,
  bytes: Uint8Array,
  script: string | null = peopleWorkerScript(),
): Promise<ParsedPeopleFile> {
  return startPeopleParse(fileName, bytes, script).done;
}
