/**
 * Giving back the memory of short-lived buffers while a long loop runs.
 *
 * Node's ciphers return each call's output in new memory. While a snapshot of 145 MB is encrypted
 * or decrypted 64 KB at a time, V8 sees only small objects and collects none of them until the
 * end, so every piece lands in memory the process has never touched: 145 MB of page faults. Measured
 * on the large fixture (three fresh processes a side, alternating): an encrypted export took
 * 899–965 ms against 620–816 ms plain; with a young-generation collection after each 8 MB chunk,
 * 739–804 against 649–736, the same pages being used again. A young collection takes well under a
 * millisecond here.
 *
 * V8 gives the collector's entry point only to code started with `--expose-gc`; the flag is turned
 * on just long enough to take the function from a new context (as VS Code's C++ extension and
 * Jest's leak detector do), then off again, so no other context sees a global `gc` (a process
 * started with the flag keeps it, and its `gc` is used). Where that is refused, nothing is collected
 * early and the loop is only slower.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'minor' }) => void;
let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  // Started with --expose-gc (the benchmark): the flag is left as it is.
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return (collect = exposed as Collect);
  collect = null;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') collect = gc as Collect;
  } catch {
    // Refused here: nothing is collected early.
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return collect;
}

/** A young-generation collection: the buffers dropped since the last one are freed for reuse. */
export function releaseYoungGarbage(): void {
  try {
    collector()?.({ type: 'minor' });
  } catch {
    collect = null;
  }
}
