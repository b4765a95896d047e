/**
 * Background threads give way to the window (core/background.ts): on Linux a worker that runs an
 * export, a backup's checks, a verification, a diff or a people file lowers its own thread's
 * priority and libuv's pool (where SQLite's backup copies), and nothing else — the thread that
 * answers the window keeps its place.
 */
import { readFile, readFileSync, readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, BACKGROUND_THREAD_SOURCE } from '../../electron/core/background';

/** Each thread of this process, by thread id: its nice value and its name. */
function threads(): Map<string, { nice: number; name: string }> {
  const out = new Map<string, { nice: number; name: string }>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      out.set(tid, { nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]), name });
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

/** Threads lowered, libuv's pool apart (the last test). */
const lowered = () =>
  [...threads().values()].filter((t) => t.nice === BACKGROUND_NICE && t.name !== 'libuv-worker').length;
const pool = () => [...threads().values()].filter((t) => t.name === 'libuv-worker');
const mainNice = () => threads().get(String(process.pid))?.nice;

async function until(condition: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

// (Where the tests themselves run lowered already, there is nothing to see.)
const seen = process.platform === 'linux' && getPriority(0) < BACKGROUND_NICE && process.env.GL_NICE !== '0';

describe.runIf(seen)('background threads', () => {
  it("a background worker lowers libuv's pool too (SQLite's backup copies there), and nothing else of the process", async () => {
    // The pool exists once something used it.
    await new Promise((done) => readFile(import.meta.filename, done));
    expect(pool().length).toBeGreaterThan(0);
    // First in this file's process: nothing lowered the pool yet.
    expect(pool().some((t) => t.nice < BACKGROUND_NICE)).toBe(true);
    const main = mainNice();
    const worker = new Worker(resolve(import.meta.dirname, '../../dist/electron/diff-worker.mjs'));
    try {
      expect(await until(() => pool().every((t) => t.nice === BACKGROUND_NICE))).toBe(true);
      expect(mainNice()).toBe(main);
    } finally {
      await worker.terminate();
    }
  });

  it('a worker started from source text lowers its own thread, not the process', async () => {
    const before = lowered();
    const main = mainNice();
    const worker = new Worker(`${BACKGROUND_THREAD_SOURCE}\nsetInterval(() => {}, 1000);`, { eval: true });
    try {
      expect(await until(() => lowered() === before + 1)).toBe(true);
      expect(mainNice()).toBe(main);
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
});
