/**
 * A helper thread for verifying a snapshot with a long history. The history's checks — the chain of
 * hashes and each entry's payload (eventChecks.ts) — are about a third of a verification at 200,000
 * entries and depend on nothing else. So, for a large file, the helper (eventCheckWorker.ts) reads
 * its own copy of the document and checks the history while this thread reads the file's shape,
 * schema and references; this thread then takes the helper's verdict where it would have made it.
 * The order of the errors is unchanged: a file that fails an earlier check fails it here first, and
 * the helper's verdict is read only after this thread's own checks passed.
 *
 * Verification is synchronous (on the snapshot worker thread, or in the command line's process), so
 * the verdict is taken synchronously: receiveMessageOnPort, waiting on a counter the helper raises.
 * Whatever goes wrong with the helper — not started, an error, silence — this thread checks the
 * history itself: the helper can only save time, never change a verdict.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { receiveWaiting } from './countedPort';
import type { EventsVerdict } from './eventChecks';
import { eventCheckWorkerScript } from './workerScript';

/**
 * Below this size the verifying thread checks the history itself: starting a thread and parsing the
 * document twice costs more than it saves (a 2,000-person registry's snapshot is about 30 MB).
 */
export const CHECK_FROM_BYTES = 24 * 1024 * 1024;

/** How long this thread waits for the verdict, once its own checks are done, before checking itself. */
const PATIENCE_MS = 60_000;

/** How often, while waiting, the job's progress is called (so a cancel is heard). */
const TICK_MS = 100;

export class EventCheckHelper {
  private readonly port: MessagePort;
  private readonly count: Int32Array;

  /**
   * Starts the thread on a copy of the plain document; null for a small one, or where there is no
   * bundle (unit tests run the sources) or a thread cannot start.
   */
  static start(
    plain: Uint8Array,
    script: string | null = eventCheckWorkerScript(),
    fromBytes = CHECK_FROM_BYTES,
  ): EventCheckHelper | null {
    if (plain.length < fromBytes || !script) return null;
    try {
      return new EventCheckHelper(new Worker(script), plain);
    } catch {
      return null;
    }
  }

  private constructor(
    private readonly worker: Worker,
    plain: Uint8Array,
  ) {
    const shared = new SharedArrayBuffer(plain.length);
    new Uint8Array(shared).set(plain);
    const signal = new SharedArrayBuffer(4);
    this.count = new Int32Array(signal);
    const channel = new MessageChannel();
    this.port = channel.port1;
    // A failure to start is met as silence or a 'failed' message: this thread then checks itself.
    worker.on('error', () => undefined);
    worker.unref();
    worker.postMessage({ bytes: shared, port: channel.port2, signal }, [channel.port2]);
  }

  /**
   * The helper's verdict, waiting for it while calling `tick` (which may throw to cancel); null
   * when the helper failed or fell silent, and the caller checks the history itself.
   */
  verdict(tick: () => void = () => {}): EventsVerdict | null {
    const message = receiveWaiting(this.port, this.count, PATIENCE_MS, { run: tick, sliceMs: TICK_MS }) as {
      type: string;
      verdict?: EventsVerdict;
    } | null;
    return message?.type === 'verdict' && message.verdict ? message.verdict : null;
  }

  dispose(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
