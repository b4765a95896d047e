/**
 * The history-chain check of a backup copy, on a worker thread of its own (bundled as
 * dist/electron/chain-worker.mjs). It is kept small: at 200,000 entries the check takes about half
 * a second, and starting the snapshot worker (1.5 MB of code to load) took as long again.
 * Asked `{ path, range? }`, it answers `{ type: 'done', value: ChainBreak | null }` or
 * `{ type: 'failed', error: { message } }`.
 */
import { parentPort } from 'node:worker_threads';
import { DatabaseSync } from 'node:sqlite';
import { findStoredChainBreak } from '../../kernel/events';
import type { Db } from '../../db/database';

parentPort!.once('message', (request: { path: string; range?: { from: number; to: number } }) => {
  try {
    const copy = new DatabaseSync(request.path, { readOnly: true });
    try {
      parentPort!.postMessage({ type: 'done', value: findStoredChainBreak(copy as Db, request.range) });
    } finally {
      copy.close();
    }
  } catch (error) {
    parentPort!.postMessage({ type: 'failed', error: { message: (error as Error).message } });
  }
});
