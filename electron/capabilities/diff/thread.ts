/**
 * Runs the diff's jobs (job.ts) on a worker thread of their own (worker.ts), one thread per job,
 * as the people-file reader does: verifying two snapshots of 150 MB takes seconds, and on the main
 * process every call of the window would wait for it. Where the worker bundle is not there (unit
 * tests run the sources), the same jobs run in this thread; the results and errors are the same.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DiffReport } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { bundledWorker, startWorkerJob, type WorkerJob } from '../../core/workerJob';
import {
  describeSnapshot,
  runDiff,
  type DescribedSnapshot,
  type DiffJob,
  type DiffProgress,
  type DiffSideSpec,
} from './job';

type SnapshotSpec = Extract<DiffSideSpec, { kind: 'snapshot' }>;

type DiffThreadJob =
  { op: 'diff'; job: DiffJob } | { op: 'describe'; side: SnapshotSpec; now: string; own: string | null; keep: boolean };

export type DiffThreadRequest = DiffThreadJob & {
  /** The thread's temporary folder: every scratch copy it makes goes in it (see onThread). */
  scratchRoot: string;
};

/** dist/electron/diff-worker.mjs (core/workerJob). */
export function diffWorkerScript(): string | null {
  return bundledWorker('diff-worker.mjs');
}

/**
 * A job on the diff's thread (a snapshot's bytes sent by the window are copied into it); cancelled:
 * diff_cancelled. The thread makes its scratch copies in a folder of its own, removed here when the
 * job fails or is stopped (a stopped thread cannot tidy up: a 150 MB copy was left for a day), and
 * when it ends unless `keep` says the folder holds what the job returns.
 */
function onThread<T>(
  request: DiffThreadJob,
  script: string,
  keep: (value: T) => boolean = () => false,
): WorkerJob<T> & { scratchRoot: string } {
  const scratchRoot = mkdtempSync(join(tmpdir(), SCRATCH_PREFIX));
  const remove = () => rmSync(scratchRoot, { recursive: true, force: true });
  const job = startWorkerJob<T>(
    script,
    { ...request, scratchRoot } satisfies DiffThreadRequest,
    "the diff's thread",
    () => new LedgerError('diff_cancelled'),
  );
  const done = job.done.then(
    (value) => {
      if (!keep(value)) remove();
      return value;
    },
    (error: unknown) => {
      remove();
      throw error;
    },
  );
  return { ...job, done, scratchRoot };
}

/** Scratch folders are named as the snapshots capability's, so its sweep finds any a crash left. */
const SCRATCH_PREFIX = 'group-ledger-snapshot-';

/** The same job in this thread (unit tests run the sources): its progress as it goes, nothing to cancel. */
function inThread<T>(run: (progress: DiffProgress) => Promise<T>): WorkerJob<T> {
  let fraction = 0;
  return { done: run((f) => (fraction = f)), progress: () => fraction, cancel: () => false };
}

/** The diff of two sides, on the diff's thread when `script` is there, else in this thread. */
export function startDiff(job: DiffJob, script: string | null = diffWorkerScript()): WorkerJob<DiffReport> {
  return script ? onThread<DiffReport>({ op: 'diff', job }, script) : inThread((p) => runDiff(job, p));
}

export function diffOffThread(job: DiffJob, script: string | null = diffWorkerScript()): Promise<DiffReport> {
  return startDiff(job, script).done;
}

/**
 * A snapshot chosen as a side, verified off this thread: whose it is and when it was written, and
 * with `keep` its verified copy kept for the diff (job.ts describeSnapshot).
 */
export function startDescribe(
  side: SnapshotSpec,
  context: { now: string; own: string | null; keep?: boolean },
  script: string | null = diffWorkerScript(),
): WorkerJob<DescribedSnapshot> {
  const keep = context.keep ?? false;
  if (!script) return inThread((p) => describeSnapshot(side, context, keep, p));
  const job = onThread<DescribedSnapshot>(
    { op: 'describe', side, now: context.now, own: context.own, keep },
    script,
    (described) => described.held !== null,
  );
  // The kept copy's folder is inside the thread's: removing that (discardHeld) removes all it made.
  const done = job.done.then((described) => {
    if (!described.held || dirname(described.held.scratch) !== job.scratchRoot) return described;
    return { ...described, held: { ...described.held, scratch: job.scratchRoot } };
  });
  return { ...job, done };
}

export function describeSnapshotOffThread(
  side: SnapshotSpec,
  context: { now: string; own: string | null; keep?: boolean },
  script: string | null = diffWorkerScript(),
): Promise<DescribedSnapshot> {
  return startDescribe(side, context, script).done;
}
