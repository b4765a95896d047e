/**
 * Worker threads that run one job each (a people file read, a diff): where their bundles are, and
 * the job's life — started, how far it is, its answer or its coded refusal, stopped at once on
 * request. Where a bundle is not there (unit tests run the sources) the callers run the job in
 * their own thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort } from 'node:worker_threads';
import { LedgerError, isErrorCode, type ErrorParams } from '../../shared/errors';

/**
 * dist/electron/<name>, beside main.cjs and reached from dist/node/*.mjs (every module of a bundle
 * shares its URL); outside app.asar, where a thread can load it. Null where it is not there.
 */
export function bundledWorker(name: string): string | null {
  try {
    const path = fileURLToPath(new URL(`../electron/${name}`, import.meta.url)).replace(
      /app\.asar([\\/])/,
      'app.asar.unpacked$1',
    );
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** What a job's thread sends: how far it is (any number of times), then its answer or its refusal. */
export type WorkerJobReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; code: string; params: ErrorParams }
  | { type: 'failed'; code: null; message: string };

/** A refusal as the job's thread sends it: a LedgerError's code and parameters, else the message. */
export function failedReply(error: unknown): WorkerJobReply {
  return error instanceof LedgerError
    ? { type: 'failed', code: error.code, params: error.params }
    : { type: 'failed', code: null, message: error instanceof Error ? error.message : String(error) };
}

export interface WorkerJob<T> {
  done: Promise<T>;
  /** How far the job is (0–1), as its thread last said. */
  progress(): number;
  /** Ends the thread at once: `done` rejects with `cancelled()`. False when the job had already ended. */
  cancel(): boolean;
}

/**
 * Starts `script` on a thread of its own and hands it `request` (copied into the thread); the thread
 * is ended once it answers, fails, or is cancelled. `what` names it in the error of a thread that
 * stopped without answering; `cancelled` is the refusal `done` gives after `cancel()`.
 */
export function startWorkerJob<T>(
  script: string,
  request: unknown,
  what: string,
  cancelled: () => Error = () => new Error(`${what} was stopped`),
): WorkerJob<T> {
  let fraction = 0;
  let settled = false;
  let stop: () => void = () => undefined;
  const done = new Promise<T>((resolve, reject) => {
    const worker = new Worker(script);
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    stop = () => settle(() => reject(cancelled()));
    worker.on('message', (reply: WorkerJobReply) => {
      if (reply.type === 'progress') {
        fraction = reply.fraction;
        return;
      }
      settle(() => {
        if (reply.type === 'done') resolve(reply.value as T);
        else if (reply.code !== null && isErrorCode(reply.code)) reject(new LedgerError(reply.code, reply.params));
        else reject(new Error(reply.code === null ? reply.message : reply.code));
      });
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`${what} stopped (exit code ${code})`))));
    worker.postMessage(request);
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

/**
 * In a job's thread: tells the caller how far the job is (0–1), a message per whole percent at
 * most and never backwards (the window asks a few times a second).
 */
export function progressSender(): (fraction: number) => void {
  let sent = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent <= sent) return;
    sent = percent;
    parentPort!.postMessage({ type: 'progress', fraction } satisfies WorkerJobReply);
  };
}

/**
 * One job at a time of a kind (a people file read; a snapshot checked or a diff run): a new one
 * stops the last; what runs, and how far it is, for the window's bar; a way to stop it.
 */
export function jobSlot<Op extends string>() {
  let current: { op: Op; job: WorkerJob<unknown> } | null = null;
  return {
    /** `job`'s outcome, the job held here until it ends (the one before it stopped). */
    async run<T>(op: Op, job: WorkerJob<T>): Promise<T> {
      current?.job.cancel();
      const entry = { op, job };
      current = entry;
      try {
        return await job.done;
      } finally {
        if (current === entry) current = null;
      }
    },
    /** What runs and how far it is (to a thousandth), or null. */
    progress(): { op: Op; fraction: number } | null {
      return current ? { op: current.op, fraction: Math.round(current.job.progress() * 1000) / 1000 } : null;
    },
    /** Stops what runs; false when nothing does. */
    cancel(): boolean {
      return current?.job.cancel() ?? false;
    },
  };
}
