/**
 * The diff's worker thread (bundled as dist/electron/diff-worker.mjs): one job per thread — a diff
 * (job.ts: snapshots verified, tables read, compared), or a snapshot chosen as a side verified — so
 * the main process, which answers the window, does not stop while 150 MB snapshots are checked.
 * Errors go back as their code and parameters.
 */
import { parentPort } from 'node:worker_threads';
import { failedReply, progressSender, type WorkerJobReply } from '../../core/workerJob';
import { describeSnapshot, runDiff } from './job';
import type { DiffThreadRequest } from './thread';
import { backgroundThread } from '../../core/background';

// Below the window in the processor's queue (core/background.ts).
backgroundThread();

parentPort!.once('message', (request: DiffThreadRequest) => {
  // Every scratch copy this thread makes goes in the folder its caller made for it (thread.ts),
  // which the caller removes if this thread is stopped. (A thread has its own copy of the
  // environment: the process's is untouched.)
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = request.scratchRoot;
  const progress = progressSender();
  const work =
    request.op === 'diff'
      ? runDiff(request.job, progress)
      : describeSnapshot(request.side, { now: request.now, own: request.own }, request.keep, progress);
  work.then(
    (value) => parentPort!.postMessage({ type: 'done', value } satisfies WorkerJobReply),
    (error: unknown) => parentPort!.postMessage(failedReply(error)),
  );
});
