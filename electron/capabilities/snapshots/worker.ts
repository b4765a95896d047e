/**
 * The snapshot worker thread (bundled as dist/electron/snapshot-worker.mjs). It runs one export,
 * or one verification and then, on the same verified snapshot kept in its memory, the import the
 * administrator chooses. Progress goes to the main thread as messages; a cancel is a flag in
 * shared memory the job reads at each progress step, so the job stops between two steps and
 * cleans up as after any failure (partial file removed, transaction rolled back).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { LedgerError, type SerializedError } from '../../../shared/errors';
import {
  dropVerified,
  runExport,
  runImport,
  runVerify,
  type ExportJob,
  type ImportJob,
  type VerifiedFile,
  type VerifyJob,
} from './jobs';
import type { Progress } from './progress';
import { doctorOn } from './doctorRead';
import { backgroundThread } from '../../core/background';

/** `doctor` over the registry at `path`, on this thread (read through a read-only connection of its own). */
export interface DoctorJob {
  op: 'doctor';
  path: string;
}

export type WorkerRequest = ExportJob | VerifyJob | ImportJob | DoctorJob;
export type WorkerReply =
  | { type: 'progress'; phase: string; fraction: number }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: SerializedError | { code: null; message: string } };

const cancelFlag = new Int32Array((workerData as { cancel: SharedArrayBuffer }).cancel);
let verified: VerifiedFile | null = null;

function progressFor(op: WorkerRequest['op']): Progress {
  let last = -1;
  return (phase, fraction) => {
    if (Atomics.load(cancelFlag, 0) === 1) {
      throw new LedgerError(op === 'export' ? 'snapshot_export_cancelled' : 'snapshot_cancelled');
    }
    // A message per whole percent at most.
    const percent = Math.floor(fraction * 100);
    if (percent === last) return;
    last = percent;
    parentPort!.postMessage({ type: 'progress', phase, fraction } satisfies WorkerReply);
  };
}

async function handle(request: WorkerRequest): Promise<unknown> {
  const progress = progressFor(request.op);
  switch (request.op) {
    case 'export':
      return runExport(request, progress);
    case 'verify': {
      dropVerified(verified);
      verified = null;
      const result = await runVerify(request, progress);
      verified = result.verified;
      return result.summary;
    }
    case 'import': {
      if (!verified) throw new LedgerError('snapshot_cancelled');
      try {
        return await runImport(verified, request, progress);
      } finally {
        dropVerified(verified);
        verified = null;
      }
    }
    case 'doctor':
      return doctorOn(request.path);
  }
}

// Below the window in the processor's queue (core/background.ts).
backgroundThread();

parentPort!.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (value) => parentPort!.postMessage({ type: 'done', value } satisfies WorkerReply),
    (error: unknown) => {
      const reply: WorkerReply =
        error instanceof LedgerError
          ? { type: 'failed', error: { code: error.code, message: error.message, params: error.params } }
          : { type: 'failed', error: { code: null, message: error instanceof Error ? error.message : String(error) } };
      parentPort!.postMessage(reply);
    },
  );
});
