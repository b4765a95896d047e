/**
 * A message port a synchronous job can wait on. The helper threads of a snapshot export
 * (eventsHelper.ts) and verification (eventCheckHelper.ts) answer a caller that cannot return to
 * its event loop, so each message the helper posts also raises a counter in shared memory
 * (`countingSender`), and the caller sleeps on that counter between looks at the port
 * (`receiveWaiting`).
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** Posts on `port` and raises the counter in `signal` the waiting side sleeps on. */
export function countingSender(
  port: MessagePort,
  signal: SharedArrayBuffer,
): (message: unknown, transfer?: ArrayBuffer[]) => void {
  const count = new Int32Array(signal);
  return (message, transfer = []) => {
    port.postMessage(message, transfer);
    Atomics.add(count, 0, 1);
    Atomics.notify(count, 0);
  };
}

/**
 * The next message on `port`, or null after `patienceMs` without one. While waiting, `tick` runs
 * every `sliceMs` (a job's progress, which may throw to cancel).
 */
export function receiveWaiting(
  port: MessagePort,
  count: Int32Array,
  patienceMs: number,
  tick?: { run: () => void; sliceMs: number },
): unknown {
  const until = performance.now() + patienceMs;
  for (;;) {
    const seen = Atomics.load(count, 0);
    const received = receiveMessageOnPort(port);
    if (received) return received.message;
    tick?.run();
    const left = until - performance.now();
    if (left <= 0) return null;
    Atomics.wait(count, 0, seen, Math.min(left, tick?.sliceMs ?? left));
  }
}
