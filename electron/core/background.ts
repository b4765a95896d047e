/**
 * Background threads give way to the window. An export, a backup, a verification or a diff keeps a
 * core busy for a second or more; on an office PC of two cores the window's renderer then waits for
 * the processor, and its frames stretch past 50 ms although its own thread has nothing to do.
 *
 * On Linux (the 信创 desktops of Chinese offices, UOS and Kylin, and these test machines) the
 * scheduling priority ("nice") belongs to each thread: the calling thread is lowered and the
 * threads it starts inherit it. Elsewhere the same call would lower the whole process, the one that
 * answers the window, so nothing is done there. `GL_NICE=0` in the environment leaves every thread at
 * its normal priority (to measure the difference).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How far a background thread is lowered (0 normal, 19 lowest): below the window, above idle work. */
export const BACKGROUND_NICE = 10;

const lowered = () => process.platform === 'linux' && process.env.GL_NICE !== '0';

/** Lowers one thread (0: the calling one) to BACKGROUND_NICE; never raises one already lower. */
function lower(thread: number): void {
  try {
    if (getPriority(thread) < BACKGROUND_NICE) setPriority(thread, BACKGROUND_NICE);
  } catch {
    // Not allowed here (a sandbox), or the thread has ended: it keeps its priority.
  }
}

/**
 * Lowers the calling thread's priority where that touches only it (Linux), and libuv's pool (see
 * backgroundPool); elsewhere nothing.
 */
export function backgroundThread(): void {
  if (!lowered()) return;
  lower(0);
  backgroundPool();
}

/**
 * Lowers the threads of libuv's pool ("libuv-worker"), shared by the whole process: SQLite's
 * online backup (an export's and a backup's copy) runs its steps there, as do flushes, hashing of
 * files and compression. Made by the first thread that used the pool, they kept its priority, and
 * a backup's copy then took a core at the window's priority. What else the main process does on
 * the pool (reading and writing files) is background work too.
 */
export function backgroundPool(): void {
  if (!lowered()) return;
  try {
    for (const thread of readdirSync('/proc/self/task')) {
      if (readFileSync(`/proc/self/task/${thread}/comm`, 'utf8').trim() === 'libuv-worker') lower(Number(thread));
    }
  } catch {
    // No /proc to read: the pool keeps its priority.
  }
}

/** The same as a line of code, for the workers started from source text (`eval: true`). */
export const BACKGROUND_THREAD_SOURCE = `if (process.platform === 'linux' && process.env.GL_NICE !== '0') { try { const os = require('node:os'); if (os.getPriority(0) < ${BACKGROUND_NICE}) os.setPriority(0, ${BACKGROUND_NICE}); } catch {} }`;
