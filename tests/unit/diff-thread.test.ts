/**
 * The diff as the window and the command line run it (capabilities/diff/job.ts): snapshot files
 * verified by the snapshots capability and only their tables read, on the diff's worker thread (the
 * built dist/electron/diff-worker.mjs, as the app starts it) or in this thread — the same report
 * either way, the same report as from the snapshots read whole, and the worker's refusals arrive as
 * the same coded errors.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffOf, diffOffThread, discardHeld, runDiff, type DiffJob } from '../../electron/capabilities/diff';
import { describeSnapshotOffThread, startDescribe, startDiff } from '../../electron/capabilities/diff/thread';
import { readSnapshotFile } from '../../electron/capabilities/snapshots';
import { runExport } from '../../electron/capabilities/snapshots/jobs';
import { installationKey } from '../../electron/core/signingKey';
import { cli, codeOf, tempDir } from './helpers';
import { snapshotsAroundRemoval } from './diff-helpers';

const SCRIPT = resolve(import.meta.dirname, '../../dist/electron/diff-worker.mjs');

// This file's own temporary folder (each test file runs in a process of its own): the scratch
// folders counted below are this file's only.
const privateTmp = mkdtempSync(join(tmpdir(), 'gl-diff-thread-'));
process.env.TMPDIR = privateTmp;
afterAll(() => rmSync(privateTmp, { recursive: true, force: true }));
const scratchFolders = () => readdirSync(privateTmp).filter((name) => name.startsWith('group-ledger-snapshot-'));

describe('the diff on its own thread', () => {
  it('compares two snapshot files around a removal, and a file with today, as the snapshots read whole do', async () => {
    // npm test builds before the unit tests; the worker bundle must be there.
    expect(existsSync(SCRIPT)).toBe(true);
    const { dbPath, root, at, leaving, before, after } = await snapshotsAroundRemoval((_, out) =>
      join(out, 'installation'),
    );
    const own = installationKey(root).publicKey;

    const job: DiffJob = {
      dbPath: null,
      // Given later first: the earlier file is always the start.
      from: { kind: 'snapshot', fileName: 'after.groupledger', path: after },
      to: { kind: 'snapshot', fileName: 'before.groupledger', path: before },
      filter: {},
      now: at(3),
      own,
    };
    const threaded = await diffOffThread(job, SCRIPT);
    expect(threaded.from).toMatchObject({ kind: 'snapshot', fileName: 'before.groupledger' });
    expect(threaded.totals).toMatchObject({ joined: 0, left: 1 });
    expect(threaded.groups.flatMap((g) => g.left.map((m) => m.name))).toEqual([leaving.name]);
    // In this thread, and from the two files read whole (their history too): the same report.
    expect(await runDiff(job)).toEqual(threaded);
    const whole = diffOf(
      null,
      { now: () => new Date(at(3)) },
      { kind: 'snapshot', snapshot: readSnapshotFile(after), fileName: 'after.groupledger' },
      { kind: 'snapshot', snapshot: readSnapshotFile(before), fileName: 'before.groupledger' },
    );
    expect(whole).toEqual(threaded);

    // The earlier file against the registry now: the same removal.
    const withNow = await diffOffThread({ ...job, dbPath, to: { kind: 'now' }, from: job.to }, SCRIPT);
    expect(withNow.to.kind).toBe('now');
    expect(withNow.groups.flatMap((g) => g.left.map((m) => m.name))).toEqual([leaving.name]);

    // A file chosen as a side is verified on the thread: whose it is and when it was written.
    expect(
      await describeSnapshotOffThread(
        { kind: 'snapshot', fileName: 'before.groupledger', path: before },
        { now: at(3), own },
        SCRIPT,
      ),
    ).toMatchObject({ organisation: '云溪县自然资源局', exportedAt: at(0) });
  });

  it('says how far a check is, and stops at once when asked (diff_cancelled)', async () => {
    const data = tempDir();
    expect((await cli(['init', '--demo', 'county-bureau', '--locale', 'zh-CN', '--data', data])).code).toBe(0);
    const out = tempDir();
    const root = join(out, 'installation');
    const own = installationKey(root).publicKey;
    const file = join(out, 'a.groupledger');
    const now = new Date().toISOString();
    await runExport(
      { op: 'export', dbPath: join(data, 'registry.sqlite'), path: file, signingRoot: root, now },
      () => undefined,
    );
    const side = { kind: 'snapshot' as const, fileName: 'a.groupledger', path: file };

    const checked = startDescribe(side, { now, own }, SCRIPT);
    expect(checked.progress()).toBe(0);
    await checked.done;
    // The thread said how far it was as it went: the last it said is the end.
    expect(checked.progress()).toBeGreaterThanOrEqual(0.99);

    // A check that keeps its copy leaves one folder, which discardHeld removes whole.
    const kept = await startDescribe(side, { now, own, keep: true }, SCRIPT).done;
    expect(scratchFolders()).toHaveLength(1);
    discardHeld(kept.held!);
    expect(scratchFolders()).toEqual([]);

    const stopped = startDescribe(side, { now, own, keep: true }, SCRIPT);
    // Stopped while it copies the file: nothing of it stays in the temporary folder.
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped.cancel()).toBe(true);
    expect(await codeOf(stopped.done)).toBe('diff_cancelled');
    await new Promise((r) => setTimeout(r, 300));
    expect(scratchFolders()).toEqual([]);
    const run = startDiff({ dbPath: null, from: side, to: side, filter: {}, now, own }, SCRIPT);
    expect(run.cancel()).toBe(true);
    expect(await codeOf(run.done)).toBe('diff_cancelled');
    // Nothing left to stop once a job has ended, and nothing left behind.
    expect(checked.cancel()).toBe(false);
    expect(scratchFolders()).toEqual([]);
  });

  it('sends back the refusals of a damaged file and of a day still to come as their codes', async () => {
    const out = tempDir();
    const damaged = join(out, 'damaged.groupledger');
    writeFileSync(damaged, 'not a snapshot at all');
    const now = new Date().toISOString();
    const side = { kind: 'snapshot' as const, fileName: 'damaged.groupledger', path: damaged };
    const inThread = await codeOf(describeSnapshotOffThread(side, { now, own: null }, null));
    expect(inThread).not.toBe('no error');
    expect(inThread).not.toMatch(/Error/);
    expect(await codeOf(describeSnapshotOffThread(side, { now, own: null }, SCRIPT))).toBe(inThread);

    const data = tempDir();
    expect((await cli(['init', '--demo', 'youth-union', '--locale', 'vi', '--data', data])).code).toBe(0);
    const job: DiffJob = {
      dbPath: join(data, 'registry.sqlite'),
      from: { kind: 'date', date: '2099-01-01' },
      to: { kind: 'now' },
      filter: {},
      now,
      own: null,
    };
    expect(await codeOf(diffOffThread(job, SCRIPT))).toBe('date_in_future');
  });
});
