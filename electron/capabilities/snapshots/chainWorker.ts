/**
 * A small worker thread (bundled as dist/electron/chain-worker.mjs) for two jobs that read the
 * history on a connection of their own. It is kept small: at 200,000 entries each job takes a few
 * hundred milliseconds, and starting the snapshot worker (1.5 MB of code to load) took as long.
 *
 * - The history-chain check of a backup copy. Asked `{ path, range? }`, it answers
 *   `{ type: 'done', value: ChainBreak | null }` or `{ type: 'failed', error: { message } }`.
 * - The second half of the history for a snapshot export (eventsHelper.ts). Asked
 *   `{ op: 'events', path, after, upTo, head, port, signal }`, it reads in one read transaction the
 *   entries after `after` up to `upTo` — once it has checked that its entry `upTo` has the hash
 *   `head`, so it reads the very history the export reads (entries never change once written) —
 *   and sends each batch through `port`, counting the messages in `signal` for the export, which
 *   waits on it. Its last message is `{ type: 'end' }`, or `{ type: 'failed', message }`.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { DatabaseSync } from 'node:sqlite';
import { findStoredChainBreak } from '../../kernel/events';
import type { Db } from '../../db/database';
import { EVENTS_BATCH_SQL, readBatches } from './batches';
import { countingSender } from './countedPort';
import { backgroundThread } from '../../core/background';

interface EventsRequest {
  op: 'events';
  path: string;
  after: number;
  upTo: number;
  head: string;
  port: MessagePort;
  signal: SharedArrayBuffer;
}

type ChainRequest = { op?: 'chain'; path: string; range?: { from: number; to: number } };

// Below the window in the processor's queue (core/background.ts).
backgroundThread();

parentPort!.once('message', (request: ChainRequest | EventsRequest) => {
  if (request.op === 'events') return sendEvents(request);
  try {
    const copy = new DatabaseSync(request.path, { readOnly: true });
    try {
      // The file may be a snapshot not yet hashed (container.ts): its schema's SQL is not trusted.
      copy.exec('PRAGMA trusted_schema = OFF');
      parentPort!.postMessage({ type: 'done', value: findStoredChainBreak(copy as Db, request.range) });
    } finally {
      copy.close();
    }
  } catch (error) {
    parentPort!.postMessage({ type: 'failed', error: { message: (error as Error).message } });
  }
});

function sendEvents({ path, after, upTo, head, port, signal }: EventsRequest): void {
  const send = countingSender(port, signal);
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    db.exec('BEGIN');
    const at = db.prepare('SELECT hash FROM events WHERE seq = ?').get(upTo) as { hash: string } | undefined;
    if (at?.hash !== head) return send({ type: 'failed', message: 'another history' });
    for (const batch of readBatches(db as unknown as Db, EVENTS_BATCH_SQL, after, upTo)) {
      // The batch's own memory is handed over, not copied (a fresh buffer per value).
      const { bytes } = batch;
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const sent = own ? bytes : bytes.slice();
      send({ type: 'batch', bytes: sent, n: batch.n, last: batch.last }, [sent.buffer as ArrayBuffer]);
    }
    send({ type: 'end' });
  } catch (error) {
    send({ type: 'failed', message: (error as Error).message });
  } finally {
    db?.close();
  }
}
