/**
 * The history-check helper thread of a snapshot verification (bundled as
 * dist/electron/event-check-worker.mjs; eventCheckHelper.ts starts it). Asked
 * `{ bytes, port, signal }` — the plain document in shared memory — it parses the document, checks
 * `content.events` (eventChecks.ts) and answers through `port` with `{ type: 'verdict', verdict }`,
 * or `{ type: 'failed', message }` when the document is not one it can read (the verifying thread
 * then finds what is wrong itself), raising the counter in `signal` the verifying thread waits on.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { LedgerEvent } from '../../../shared/domain';
import { checkEvents } from './eventChecks';
import { countingSender } from './countedPort';
import { backgroundThread } from '../../core/background';

interface CheckRequest {
  bytes: SharedArrayBuffer;
  port: MessagePort;
  signal: SharedArrayBuffer;
}

// Below the window in the processor's queue (core/background.ts).
backgroundThread();

parentPort!.once('message', ({ bytes, port, signal }: CheckRequest) => {
  const send = countingSender(port, signal);
  try {
    const raw = JSON.parse(Buffer.from(bytes).toString('utf8')) as { content?: { events?: unknown } } | null;
    const events = raw?.content?.events;
    if (!Array.isArray(events)) send({ type: 'failed', message: 'no history' });
    else send({ type: 'verdict', verdict: checkEvents(events as LedgerEvent[]) });
  } catch (error) {
    send({ type: 'failed', message: (error as Error).message });
  } finally {
    port.close();
  }
});
