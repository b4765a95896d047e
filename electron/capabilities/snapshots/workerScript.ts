/**
 * Where the bundled snapshot worker is: dist/electron/snapshot-worker.mjs, beside main.cjs and
 * reached from dist/node/harness.mjs and cli.mjs; outside app.asar. Null where the bundle is not
 * there (unit tests run the sources): the jobs then run in the calling thread.
 */
import { bundledWorker } from '../../core/workerJob';

export function snapshotWorkerScript(): string | null {
  return bundledWorker('snapshot-worker.mjs');
}

/** The small worker of a backup's history-chain check (dist/electron/chain-worker.mjs), found the same way. */
export function chainWorkerScript(): string | null {
  return bundledWorker('chain-worker.mjs');
}

/** The history-check helper of a snapshot verification (dist/electron/event-check-worker.mjs). */
export function eventCheckWorkerScript(): string | null {
  return bundledWorker('event-check-worker.mjs');
}
