/**
 * `doctor` for the window, off the main thread. At 10,000 people it reads every page (integrity
 * check), hashes 200,000 history entries and replays them against the tables: about ten seconds
 * of work that, on the main process, would hold up every call of the window meanwhile. It runs on
 * the snapshot worker thread (the process's one bundled worker for long reads) through a read-only
 * connection of its own, in one read transaction, so it sees one state of the registry while the
 * window goes on writing. Where that bundle is not there (unit tests run the sources) or the
 * registry has no file, it runs in the calling thread.
 */
import { Worker } from 'node:worker_threads';
import type { DoctorReport } from '../../../shared/contract';
import { LedgerError, isErrorCode } from '../../../shared/errors';
import type { Db } from '../../db/database';
import { runDoctor } from '../history';
import type { WorkerReply } from './worker';
import { snapshotWorkerScript } from './workerScript';

export { doctorOn } from './doctorRead';

/** The doctor's report on `db`'s registry, worked out on a worker thread when it can be. */
export async function doctorOffThread(db: Db, options: { script?: string | null } = {}): Promise<DoctorReport> {
  const script = options.script === undefined ? snapshotWorkerScript() : options.script;
  const path = db.location();
  if (!script || !path) return runDoctor(db);
  const worker = new Worker(script, { workerData: { cancel: new SharedArrayBuffer(4) } });
  try {
    return await new Promise<DoctorReport>((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'done') resolve(reply.value as DoctorReport);
        else if (reply.type === 'failed') {
          const { error } = reply;
          reject(
            error.code !== null && isErrorCode(error.code)
              ? new LedgerError(error.code, error.params ?? {})
              : new Error(error.message),
          );
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the doctor's thread stopped (${code})`)));
      worker.postMessage({ op: 'doctor', path });
    });
  } finally {
    void worker.terminate();
  }
}
