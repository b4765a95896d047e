/**
 * Runs the diff's jobs (job.ts) on a worker thread of their own (worker.ts), one thread per job,
 * as the people-file reader does: verifying two snapshots of 150 MB takes seconds, and on the main
 * process every call of the window would wait for it. Where the worker bundle is not there (unit
 * tests run the sources), the same jobs run in this thread; the results and errors are the same.
 */
import type { DiffReport } from '../../../shared/contract';
import { bundledWorker, startWorkerJob } from '../../core/workerJob';
import { describeSnapshot, runDiff, type DescribedSnapshot, type DiffJob, type DiffSideSpec } from './job';

type SnapshotSpec = Extract<DiffSideSpec, { kind: 'snapshot' }>;

export type DiffThreadRequest =
  { op: 'diff'; job: DiffJob } | { op: 'describe'; side: SnapshotSpec; now: string; own: string | null; keep: boolean };

/** dist/electron/diff-worker.mjs (core/workerJob). */
export function diffWorkerScript(): string | null {
  return bundledWorker('diff-worker.mjs');
}

/** A job on the diff's thread (a snapshot's bytes sent by the window are copied into it). */
function onThread<T>(request: DiffThreadRequest, script: string): Promise<T> {
  return startWorkerJob<T>(script, request, "the diff's thread").done;
}

/** The diff of two sides, on the diff's thread when `script` is there, else in this thread. */
export function diffOffThread(job: DiffJob, script: string | null = diffWorkerScript()): Promise<DiffReport> {
  return script ? onThread<DiffReport>({ op: 'diff', job }, script) : runDiff(job);
}

/**
 * A snapshot chosen as a side, verified off this thread: whose it is and when it was written, and
 * with `keep` its verified copy kept for the diff (job.ts describeSnapshot).
 */
export function describeSnapshotOffThread(
  side: SnapshotSpec,
  context: { now: string; own: string | null; keep?: boolean },
  script: string | null = diffWorkerScript(),
): Promise<DescribedSnapshot> {
  const keep = context.keep ?? false;
  return script
    ? onThread({ op: 'describe', side, now: context.now, own: context.own, keep }, script)
    : describeSnapshot(side, context, keep);
}
