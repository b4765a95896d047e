/**
 * Background threads give way to the window (core/background.ts): on Linux a worker that runs an
 * export, a backup's checks, a verification, a diff or a people file lowers its own thread's
 * priority, and only its own — the thread that answers the window keeps its place.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, BACKGROUND_THREAD_SOURCE } from '../../electron/core/background';

/** The nice value of each thread of this process, by thread id. */
function niceByThread(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      out.set(tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

const lowered = () => [...niceByThread().values()].filter((n) => n === BACKGROUND_NICE).length;

async function until(condition: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

// (Where the tests themselves run lowered already, there is nothing to see.)
describe.runIf(process.platform === 'linux' && getPriority(0) < BACKGROUND_NICE && process.env.GL_NICE !== '0')(
  'background threads',
  () => {
    it('a worker started from source text lowers its own thread, not the process', async () => {
      const before = lowered();
      const mainNice = niceByThread().get(String(process.pid));
      const worker = new Worker(`${BACKGROUND_THREAD_SOURCE}\nsetInterval(() => {}, 1000);`, { eval: true });
      try {
        expect(await until(() => lowered() === before + 1)).toBe(true);
        expect(niceByThread().get(String(process.pid))).toBe(mainNice);
      } finally {
        await worker.terminate();
      }
    });

    it('the built diff and snapshot workers lower their threads as soon as they load', async () => {
      for (const name of ['diff-worker.mjs', 'snapshot-worker.mjs', 'people-import-worker.mjs']) {
        const before = lowered();
        const worker = new Worker(resolve(import.meta.dirname, '../../dist/electron', name), {
          workerData: { cancel: new SharedArrayBuffer(4) },
        });
        try {
          expect(await until(() => lowered() === before + 1), name).toBe(true);
        } finally {
          await worker.terminate();
        }
      }
    });
  },
);
