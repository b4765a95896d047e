/**
 * Where the bundled snapshot worker is: dist/electron/snapshot-worker.mjs, beside main.cjs and
 * reached from dist/node/harness.mjs and cli.mjs; outside app.asar. Null where the bundle is not
 * there (unit tests run the sources): the jobs then run in the calling thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

function bundledWorker(name: string): string | null {
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
