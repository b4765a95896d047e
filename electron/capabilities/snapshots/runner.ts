/**
 * Runs the snapshot jobs for the window off the main thread: each export, and each verification
 * with the import that follows it, gets a worker thread (worker.ts), so the window keeps answering
 * while 150 MB are read, checked and written. The window asks `progress()` for how far the running
 * job is and may `cancel()` it. Where the worker bundle is not there (unit tests run the sources),
 * the same jobs run in this thread.
 */
import { Worker } from 'node:worker_threads';
import { LedgerError, isErrorCode } from '../../../shared/errors';
import type { SnapshotJobProgress } from '../../../shared/contract';
import { rmSync } from 'node:fs';
import {
  dropVerified,
  runExport,
  runImport,
  runVerify,
  type ExportJob,
  type VerifiedFile,
  type ImportJob,
  type VerifiedSummary,
  type VerifyJob,
} from './jobs';
import type { Progress, SnapshotPhase } from './progress';
import type { WorkerReply, WorkerRequest } from './worker';
import { snapshotWorkerScript } from './workerScript';

/** A verified snapshot waiting for the administrator's choice; `dispose` frees its memory. */
export interface VerifiedHandle {
  summary: VerifiedSummary;
  import(job: ImportJob): Promise<Awaited<ReturnType<typeof runImport>>>;
  dispose(): void;
}

interface Running {
  op: SnapshotJobProgress['op'];
  phase: SnapshotPhase;
  fraction: number;
  cancel: () => void;
}

/** A worker and its cancel flag. */
interface Spawned {
  worker: Worker;
  flag: Int32Array;
}

/**
 * How long a worker started ahead (prepare) waits for its job before it is stopped: the save or
 * open dialog it was started for has long been closed by then.
 */
const SPARE_IDLE_MS = 120_000;

/** A prepared worker's failure before its job: it ends the worker, and the job starts another. */
const ignoreWhileSpare = () => undefined;

export class SnapshotRunner {
  private running: Running | null = null;
  private readonly script: string | null;
  private spare: { spawned: Spawned; idle: NodeJS.Timeout } | null = null;

  private readonly spareIdleMs: number;

  /**
   * `script`: the worker bundle to use (tests name dist/electron/snapshot-worker.mjs); `spareIdleMs`:
   * how long a prepared worker waits for its job (tests shorten it).
   */
  constructor(options: { inProcess?: boolean; script?: string; spareIdleMs?: number } = {}) {
    this.script = options.inProcess ? null : (options.script ?? snapshotWorkerScript());
    this.spareIdleMs = options.spareIdleMs ?? SPARE_IDLE_MS;
  }

  /** Whether a worker started by prepare() waits for the next job. */
  get prepared(): boolean {
    return this.spare !== null;
  }

  /** Whether jobs run in a worker thread (false: in this thread). */
  get threaded(): boolean {
    return this.script !== null;
  }

  progress(): SnapshotJobProgress | null {
    const r = this.running;
    return r ? { op: r.op, phase: r.phase, fraction: Math.round(r.fraction * 1000) / 1000 } : null;
  }

  /** Asks the running job to stop at its next step; false when none runs. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancel();
    return true;
  }

  async export(job: ExportJob) {
    const worker = this.spawn();
    try {
      return (await this.run(worker, 'export', job, (p) => runExport(job, p))) as Awaited<ReturnType<typeof runExport>>;
    } finally {
      void worker?.worker.terminate();
    }
  }

  async verify(job: VerifyJob): Promise<VerifiedHandle> {
    const worker = this.spawn();
    let local: VerifiedFile | null = null;
    try {
      const summary = (await this.run(worker, 'verify', job, async (p) => {
        const result = await runVerify(job, p);
        local = result.verified;
        return result.summary;
      })) as VerifiedSummary;
      return {
        summary,
        import: async (importJob) => {
          const result = await this.run(worker, 'import', importJob, (p) => {
            if (!local) throw new LedgerError('snapshot_cancelled');
            return runImport(local, importJob, p);
          });
          return result as Awaited<ReturnType<typeof runImport>>;
        },
        dispose: () => {
          dropVerified(local);
          local = null;
          const terminated = worker?.worker.terminate();
          // A verified SQLite file waits in a scratch folder of the worker's: removed once it has stopped.
          const scratch = summary.scratch;
          if (scratch)
            void (terminated ?? Promise.resolve()).finally(() => rmSync(scratch, { recursive: true, force: true }));
        },
      };
    } catch (error) {
      void worker?.worker.terminate();
      throw error;
    }
  }

  /**
   * Starts the next job's worker now, while the administrator picks a file in the save or open
   * dialog. A worker takes about 200 ms to load the jobs' code on these machines (50 ms to start,
   * the rest reading 1.5 MB of bundle): that time is then spent in the dialog, not after it. A
   * worker nobody uses is stopped after two minutes; asking again while one waits does nothing.
   */
  prepare(): void {
    if (!this.script || this.spare) return;
    const spawned = this.create();
    const idle = setTimeout(() => {
      if (this.spare?.spawned !== spawned) return;
      this.spare = null;
      void spawned.worker.terminate();
    }, this.spareIdleMs);
    idle.unref();
    // A worker that fails while it waits is simply not used: the job starts one of its own.
    spawned.worker.on('error', ignoreWhileSpare);
    spawned.worker.once('exit', () => {
      if (this.spare?.spawned !== spawned) return;
      clearTimeout(idle);
      this.spare = null;
    });
    this.spare = { spawned, idle };
  }

  /** The worker prepared ahead, or a new one. */
  private spawn(): Spawned | null {
    if (!this.script) return null;
    const spare = this.spare;
    if (spare) {
      this.spare = null;
      clearTimeout(spare.idle);
      spare.spawned.worker.off('error', ignoreWhileSpare);
      return spare.spawned;
    }
    return this.create();
  }

  private create(): Spawned {
    const cancel = new SharedArrayBuffer(4);
    const worker = new Worker(this.script!, {
      workerData: { cancel },
      // A larger young generation: parsing 150 MB makes millions of short-lived objects.
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    worker.unref();
    return { worker, flag: new Int32Array(cancel) };
  }

  private async run(
    handle: Spawned | null,
    op: SnapshotJobProgress['op'],
    job: WorkerRequest,
    inProcess: (progress: Progress) => unknown,
  ): Promise<unknown> {
    if (this.running) throw new LedgerError('registry_locked');
    let cancelled = false;
    const state: Running = {
      op,
      phase: op === 'export' ? 'export' : op === 'import' ? 'write' : 'read',
      fraction: 0,
      cancel: () => {
        cancelled = true;
        if (handle) Atomics.store(handle.flag, 0, 1);
      },
    };
    this.running = state;
    try {
      if (!handle) {
        return await inProcess((phase, fraction) => {
          if (cancelled) throw new LedgerError(op === 'export' ? 'snapshot_export_cancelled' : 'snapshot_cancelled');
          state.phase = phase;
          state.fraction = fraction;
        });
      }
      Atomics.store(handle.flag, 0, 0);
      return await new Promise((resolve, reject) => {
        const { worker } = handle;
        const onMessage = (reply: WorkerReply) => {
          if (reply.type === 'progress') {
            state.phase = reply.phase as SnapshotPhase;
            state.fraction = reply.fraction;
            return;
          }
          cleanup();
          if (reply.type === 'done') resolve(reply.value);
          else if (reply.error.code !== null && isErrorCode(reply.error.code)) {
            reject(new LedgerError(reply.error.code, reply.error.params ?? {}));
          } else reject(new Error(reply.error.message));
        };
        const onError = (error: Error) => {
          cleanup();
          reject(error);
        };
        const onExit = (code: number) => {
          cleanup();
          reject(new Error(`snapshot worker stopped (${code})`));
        };
        const cleanup = () => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(job);
      });
    } finally {
      this.running = null;
    }
  }
}
