/**
 * Runs the diff's jobs (job.ts) on a worker thread of their own (worker.ts), one thread per job,
 * as the people-file reader does: verifying two snapshots of 150 MB takes seconds, and on the main
 * process every call of the window would wait for it. Where the worker bundle is not there (unit
 * tests run the sources), the same jobs run in this thread; the results and errors are the same.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DiffReport } from '../../../shared/contract';
import { LedgerError, isErrorCode, type ErrorParams } from '../../../shared/errors';
import { describeSnapshot, runDiff, type DiffJob, type DiffSideSpec } from './job';

type SnapshotSpec = Extract<DiffSideSpec, { kind: 'snapshot' }>;

export type DiffThreadRequest =
  { op: 'diff'; job: DiffJob } | { op: 'describe'; side: SnapshotSpec; now: string; own: string | null };

export type DiffThreadReply =
  | { type: 'done'; value: unknown }
  | { type: 'failed'; code: string; params: ErrorParams }
  | { type: 'failed'; code: null; message: string };

/** dist/electron/diff-worker.mjs, beside main.cjs and reached from dist/node/*.mjs; outside app.asar. */
export function diffWorkerScript(): string | null {
  try {
    const path = fileURLToPath(new URL('../electron/diff-worker.mjs', import.meta.url)).replace(
      /app\.asar([\\/])/,
      'app.asar.unpacked$1',
    );
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function onThread<T>(request: DiffThreadRequest, script: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.once('message', (reply: DiffThreadReply) => {
      settle(() => {
        if (reply.type === 'done') resolve(reply.value as T);
        else if (reply.code !== null && isErrorCode(reply.code)) reject(new LedgerError(reply.code, reply.params));
        else reject(new Error(reply.code === null ? reply.message : reply.code));
      });
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the diff's thread stopped (exit code ${code})`))));
    // A snapshot's bytes (sent by the window) are copied into the worker.
    worker.postMessage(request);
  });
}

/** The diff of two sides, on the diff's thread when `script` is there, else in this thread. */
export function diffOffThread(job: DiffJob, script: string | null = diffWorkerScript()): Promise<DiffReport> {
  return script ? onThread<DiffReport>({ op: 'diff', job }, script) : runDiff(job, () => undefined);
}

/** A snapshot chosen as a side, verified off this thread: whose it is and when it was written. */
export function describeSnapshotOffThread(
  side: SnapshotSpec,
  context: { now: string; own: string | null },
  script: string | null = diffWorkerScript(),
): Promise<{ organisation: string; exportedAt: string }> {
  return script
    ? onThread({ op: 'describe', side, now: context.now, own: context.own }, script)
    : describeSnapshot(side, context);
}
