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
import { getPriority, setPriority } from 'node:os';

/** How far a background thread is lowered (0 normal, 19 lowest): below the window, above idle work. */
export const BACKGROUND_NICE = 10;

/** Lowers the calling thread's priority where that touches only it (Linux); elsewhere nothing. */
export function backgroundThread(): void {
  if (process.platform !== 'linux' || process.env.GL_NICE === '0') return;
  try {
    // Never raised: a process started lower (nice'd by its launcher) stays as low.
    if (getPriority(0) < BACKGROUND_NICE) setPriority(0, BACKGROUND_NICE);
  } catch {
    // Not allowed here (a sandbox): the thread keeps its priority.
  }
}

/** The same as a line of code, for the workers started from source text (`eval: true`). */
export const BACKGROUND_THREAD_SOURCE = `if (process.platform === 'linux' && process.env.GL_NICE !== '0') { try { const os = require('node:os'); if (os.getPriority(0) < ${BACKGROUND_NICE}) os.setPriority(0, ${BACKGROUND_NICE}); } catch {} }`;
