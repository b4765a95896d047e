/**
 * One job at a time of a kind (core/workerJob jobSlot), as the people file's reading and the Diff
 * page's checks and diffs use it: a new job stops the last, the window sees what runs and how far,
 * and a stop ends it.
 */
import { describe, expect, it } from 'vitest';
import { jobSlot, type WorkerJob } from '../../electron/core/workerJob';

/** A job that ends when told, or is stopped. */
function fakeJob(fraction: number) {
  let finish: (value: string) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  let settled = false;
  const done = new Promise<string>((resolve, reject) => {
    finish = (value) => ((settled = true), resolve(value));
    fail = (error) => ((settled = true), reject(error));
  });
  const job: WorkerJob<string> = {
    done,
    progress: () => fraction,
    cancel: () => {
      if (settled) return false;
      fail(new Error('stopped'));
      return true;
    },
  };
  return { job, finish };
}

describe('one job at a time', () => {
  it('a new job stops the last; what runs and how far it is; a stop ends it', async () => {
    const slot = jobSlot<'choose' | 'run'>();
    expect(slot.progress()).toBeNull();
    expect(slot.cancel()).toBe(false);

    const first = fakeJob(0.3);
    const firstDone = slot.run('choose', first.job);
    expect(slot.progress()).toEqual({ op: 'choose', fraction: 0.3 });
    const second = fakeJob(0.12345);
    const secondDone = slot.run('run', second.job);
    await expect(firstDone).rejects.toThrow('stopped');
    // The first one's end does not clear the second.
    expect(slot.progress()).toEqual({ op: 'run', fraction: 0.123 });
    second.finish('report');
    await expect(secondDone).resolves.toBe('report');
    expect(slot.progress()).toBeNull();

    const third = fakeJob(0.5);
    const thirdDone = slot.run('run', third.job);
    expect(slot.cancel()).toBe(true);
    await expect(thirdDone).rejects.toThrow('stopped');
    expect(slot.progress()).toBeNull();
  });
});
