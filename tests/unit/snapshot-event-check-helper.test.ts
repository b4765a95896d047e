/**
 * A large snapshot's history is checked on a helper thread while the verification reads the rest
 * (issue 13, verified import ≤ 2 s): with the helper a file gets exactly the verdict and the rows it
 * gets without — a good file, an entry changed, a payload that does not fit its kind under a
 * rebuilt chain, an entry whose keys are in another order — and a helper that fails or falls silent
 * changes nothing but the time; a cancel is heard while waiting for it. Runs the bundled helper
 * (dist/electron/event-check-worker.mjs, built by `npm test`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LedgerError } from '../../shared/errors';
import type { LedgerEvent } from '../../shared/domain';
import {
  EventCheckHelper,
  importSnapshot,
  parseSnapshotBytes,
  type Progress,
} from '../../electron/capabilities/snapshots';
import { openTempDb, tempDir } from './helpers';
import { casedText, exportedText, rechain, resign } from './snapshot-helpers';

const SCRIPT = resolve('dist/electron/event-check-worker.mjs');
const withHelper = { historyHelper: { script: SCRIPT, fromBytes: 0 } };
const alone = { historyHelper: { script: null } };

type Doc = { content: { events: LedgerEvent[] }; checksum: string };

/** The verdict on a file's text: the snapshot, or the error's code and parameters. */
function verdict(text: string, options: object) {
  try {
    const snapshot = parseSnapshotBytes(Buffer.from(text), options);
    return { ok: true as const, snapshot };
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    return { ok: false as const, code: error.code, params: error.params };
  }
}

/** The history as an empty registry stores it after the import. */
function storedHistory(text: string, options: object): unknown[] {
  const v = verdict(text, options);
  if (!v.ok) throw new Error(`not verified: ${v.code}`);
  const { db } = openTempDb();
  importSnapshot(db, v.snapshot, { actor: 'test', fileName: 'snap.json', at: '2024-03-05T00:00:00.000Z' });
  const rows = db.prepare('SELECT * FROM events ORDER BY seq').all();
  const subjects = db.prepare('SELECT * FROM event_subjects ORDER BY subject, seq').all();
  return [rows, subjects];
}

/** A worker script that answers `failed` at once, or never. */
function fakeHelper(answer: boolean): string {
  const file = join(tempDir('gl-helper-'), answer ? 'fails.mjs' : 'silent.mjs');
  writeFileSync(
    file,
    answer
      ? `import { parentPort } from 'node:worker_threads';
parentPort.once('message', ({ port, signal }) => {
  port.postMessage({ type: 'failed', message: 'cannot' });
  const count = new Int32Array(signal);
  Atomics.add(count, 0, 1);
  Atomics.notify(count, 0);
});`
      : `import { parentPort } from 'node:worker_threads';
parentPort.once('message', () => setInterval(() => {}, 1000));`,
  );
  return file;
}

/** The helper's answers in this test: a verdict, or null where the verification checked itself. */
function answers() {
  const spy = vi.spyOn(EventCheckHelper.prototype, 'verdict');
  return () => spy.mock.results.map((r) => (r.value === null ? null : 'verdict'));
}

describe.skipIf(!existsSync(SCRIPT))('a snapshot’s history checked on a helper thread', () => {
  const good = casedText();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('verifies a good file as one thread does, and the import stores the same rows', () => {
    const answered = answers();
    const a = verdict(good, withHelper);
    expect(answered()).toEqual(['verdict']);
    const b = verdict(good, alone);
    expect(a.ok && b.ok).toBe(true);
    expect(a).toEqual(b);
    expect(storedHistory(good, withHelper)).toEqual(storedHistory(good, alone));
  });

  it('names the same changed entry', () => {
    const doc = JSON.parse(exportedText()) as Doc;
    const target = doc.content.events.find((e) => e.kind === 'membership.removed')!;
    target.actor = 'someone else';
    const text = resign(doc);
    const answered = answers();
    const a = verdict(text, withHelper);
    expect(answered()).toEqual(['verdict']);
    expect(a).toMatchObject({ ok: false, code: 'snapshot_checksum' });
    expect(a).toEqual(verdict(text, alone));
    expect(JSON.stringify(a)).toContain(`event ${target.seq}: changed`);
  });

  it('names the same entry whose payload does not fit its kind under a rebuilt chain', () => {
    const doc = JSON.parse(exportedText()) as Doc;
    const target = doc.content.events.find((e) => e.kind === 'membership.removed')!;
    (target.after as Record<string, unknown>).leftOn = 42;
    rechain(doc.content.events);
    const text = resign(doc);
    const answered = answers();
    const a = verdict(text, withHelper);
    expect(answered()).toEqual(['verdict']);
    expect(a).toMatchObject({
      ok: false,
      code: 'snapshot_event',
      params: { seq: target.seq, kind: 'membership.removed' },
    });
    expect(a).toEqual(verdict(text, alone));
  });

  it('stores an entry written with its keys in another order canonically, as one thread does', () => {
    const doc = JSON.parse(good) as Doc;
    const target = doc.content.events.find((e) => e.after && Object.keys(e.after as object).length > 2)!;
    const after = target.after as Record<string, unknown>;
    target.after = Object.fromEntries(
      Object.keys(after)
        .reverse()
        .map((k) => [k, after[k]]),
    );
    const text = resign(doc);
    expect(text).not.toContain(JSON.stringify(after));
    const stored = storedHistory(text, withHelper);
    expect(stored).toEqual(storedHistory(text, alone));
    // …and as the original file stores it: the canonical text of the payload.
    expect(stored).toEqual(storedHistory(good, alone));
  });

  it('checks the history itself when the helper fails', () => {
    const options = { historyHelper: { script: fakeHelper(true), fromBytes: 0 } };
    const answered = answers();
    expect(verdict(good, options)).toEqual(verdict(good, alone));
    expect(answered()).toEqual([null]);
    const doc = JSON.parse(exportedText()) as Doc;
    doc.content.events[3]!.actor = 'someone else';
    const bad = resign(doc);
    expect(verdict(bad, options)).toEqual(verdict(bad, alone));
  });

  it('hears a cancel while it waits for a silent helper, and stops the helper', () => {
    let ticks = 0;
    const progress: Progress = (phase, fraction) => {
      if (phase === 'verify' && fraction === 0.6 && ++ticks > 3) throw new LedgerError('snapshot_cancelled');
    };
    const started = performance.now();
    const v = verdict(good, { progress, historyHelper: { script: fakeHelper(false), fromBytes: 0 } });
    expect(v).toMatchObject({ ok: false, code: 'snapshot_cancelled' });
    expect(ticks).toBe(4);
    // Four ticks of 100 ms, not the minute of patience.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('is not started for a small file, nor without a script', () => {
    const bytes = Buffer.from(good);
    expect(EventCheckHelper.start(bytes, SCRIPT)).toBeNull();
    expect(EventCheckHelper.start(bytes, null, 0)).toBeNull();
    const helper = EventCheckHelper.start(bytes, SCRIPT, 0);
    expect(helper).not.toBeNull();
    helper!.dispose();
  });
});
