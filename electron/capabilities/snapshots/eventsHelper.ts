/**
 * A helper thread for a snapshot export of a long history: while the export reads the first half
 * of the history on its own connection, the helper (chainWorker.ts) reads the second half on
 * another, so the two halves take the time of one. At 200,000 entries that is about a sixth of the
 * export (bench/results.md).
 *
 * The export is synchronous (it runs on the snapshot worker thread, or in the command line's
 * process), so it takes the helper's batches synchronously too: receiveMessageOnPort, waiting on a
 * counter the helper raises with each message. Whatever goes wrong with the helper — not started,
 * another history, an error, silence — the export reads the rest itself: the helper can only save
 * time, never change what is written.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { receiveWaiting } from './countedPort';
import type { Batch } from './batches';
import { chainWorkerScript } from './workerScript';

/** Below this many history entries the export reads them all itself (starting a thread costs more). */
export const HELP_FROM = 20_000;

/** How long the export waits for one batch before reading the rest itself. */
const PATIENCE_MS = 20_000;

export class EventsHelper {
  private readonly port: MessagePort;
  private readonly remote: MessagePort;
  private readonly count: Int32Array;
  private readonly signal = new SharedArrayBuffer(4);
  private asked = false;
  private ended = false;

  /**
   * Starts the thread now (it loads while the export begins); null for a short history (`entries`),
   * or where there is no bundle (unit tests run the sources) or no file.
   */
  static start(
    path: string | undefined,
    entries: number,
    script: string | null = chainWorkerScript(),
  ): EventsHelper | null {
    if (entries < HELP_FROM) return null;
    if (!script || !path) return null;
    try {
      return new EventsHelper(new Worker(script), path);
    } catch {
      return null;
    }
  }

  private constructor(
    private readonly worker: Worker,
    private readonly path: string,
  ) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.remote = channel.port2;
    this.count = new Int32Array(this.signal);
    // A failure to start is met as silence or a 'failed' message: the export then reads itself.
    worker.on('error', () => undefined);
    worker.unref();
  }

  /** Asks for the entries after `after` up to `upTo`, whose last must have the hash `head`. */
  ask(after: number, upTo: number, head: string): void {
    this.asked = true;
    this.worker.postMessage(
      { op: 'events', path: this.path, after, upTo, head, port: this.remote, signal: this.signal },
      [this.remote],
    );
  }

  /**
   * The batches as they come, in order. Ends early (the caller reads what is left itself, after
   * the last key it got) when the helper fails or falls silent; `complete` says which.
   */
  *batches(): Generator<Batch> {
    if (!this.asked) return;
    for (;;) {
      const message = receiveWaiting(this.port, this.count, PATIENCE_MS) as {
        type: string;
        bytes?: Uint8Array;
        n?: number;
        last?: number;
      } | null;
      if (!message) return;
      if (message.type === 'end') {
        this.ended = true;
        return;
      }
      if (message.type !== 'batch') return;
      yield { bytes: message.bytes!, n: message.n!, last: message.last! };
    }
  }

  /** Whether the helper sent every entry it was asked for. */
  get complete(): boolean {
    return this.ended;
  }

  dispose(): void {
    this.port.close();
    if (!this.asked) this.remote.close();
    void this.worker.terminate();
  }
}
