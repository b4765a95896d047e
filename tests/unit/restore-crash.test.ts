/**
 * Crash safety of a restore over a ledger that holds data: a child process keeps a copy of the
 * county-bureau registry and replaces it with a larger snapshot, and is SIGKILLed at seeded random
 * moments while doing so. After every kill the registry must be either the old ledger or the new
 * one, whole — its history ending where one of them ends, with that one's counts, every check
 * passing — never a mix; every copy left in backups/ must open and verify. A run after a kill
 * still succeeds.
 *
 * RESTORE_CRASH_KILLS raises the number of kills for a soak run; RESTORE_CRASH_SEED picks the moments.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleChild } from './childBundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, resetTransactionState } from '../../electron/db/database';
import { runDoctor } from '../../electron/capabilities/history';
import { exportSnapshot, registryCounts, verifyCopy } from '../../electron/capabilities/snapshots';
import { loadDemo } from '../../electron/seeds/demo';
import { generateScaleFixture } from '../../electron/seeds/fixtures/scale';
import { chainHead } from '../../electron/kernel/events';
import type { SnapshotCounts } from '../../shared/contract';
import { fixedClock } from './helpers';

const KILLS = Math.max(8, Number(process.env.RESTORE_CRASH_KILLS ?? 8));
const SEED = Number(process.env.RESTORE_CRASH_SEED ?? 20261130);

/** mulberry32, as in runbook-crash.test.ts: a failing run is repeated with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface State {
  head: { seq: number; hash: string };
  counts: SnapshotCounts;
}

let dir = '';
let child = '';
let pristine = '';
let snapshotFile = '';
let oldState: State;
let newState: State;

function stateOf(path: string): State & { healthy: boolean } {
  const db = openDatabase(path);
  try {
    return { head: chainHead(db), counts: registryCounts(db), healthy: runDoctor(db).ok };
  } finally {
    db.close();
    resetTransactionState();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gl-restore-crash-'));
  child = join(dir, 'child.mjs');
  await bundleChild('tests/unit/restore-crash-child.ts', child);
  const clock = fixedClock('2026-11-30T08:00:00.000Z');
  // The ledger in use: the county bureau.
  pristine = join(dir, 'pristine', 'registry.sqlite');
  const old = openDatabase(pristine);
  loadDemo({ db: old, clock, actor: 'tester' }, 'county-bureau', 'zh-CN');
  old.close();
  resetTransactionState();
  oldState = stateOf(pristine);
  // The snapshot: large enough that replacing takes a while, so kills land inside it.
  const source = openDatabase(join(dir, 'source', 'registry.sqlite'));
  generateScaleFixture(source, { people: 400, units: 6, groups: 40, memberships: 3_000, events: 5_000, seed: 7 });
  snapshotFile = join(dir, 'large.json');
  exportSnapshot(source, clock, snapshotFile);
  newState = { head: chainHead(source), counts: registryCounts(source) };
  source.close();
  resetTransactionState();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  ready: boolean;
  done: boolean;
  killed: boolean;
  stderr: string;
  /** Milliseconds from `ready` to the end. */
  ms: number;
}

/** A fresh copy of the county bureau's folder for one run. */
function workFolder(n: number): string {
  const folder = join(dir, `run-${n}`);
  mkdirSync(folder);
  copyFileSync(pristine, join(folder, 'registry.sqlite'));
  return folder;
}

function runChild(folder: string, killAfterReadyMs: number | null): Promise<Run> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child, join(folder, 'registry.sqlite'), snapshotFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { ready: false, done: false, killed: false, stderr: '', ms: 0 };
    let readyAt = 0;
    let buffer = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') {
          run.ready = true;
          readyAt = Date.now();
          if (killAfterReadyMs !== null) setTimeout(() => proc.kill('SIGKILL'), killAfterReadyMs);
        }
        if (line.startsWith('done')) run.done = true;
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    proc.on('close', (_code, signal) => {
      run.killed = signal === 'SIGKILL';
      run.ms = Date.now() - readyAt;
      run.stderr = run.stderr
        .split('\n')
        .filter((l) => l.trim() && !/ExperimentalWarning|--trace-warnings/.test(l))
        .join('\n');
      resolve(run);
    });
  });
}

/** The registry is one of the two ledgers, whole; every copy kept beside it verifies. */
function expectWhole(folder: string, where: string): 'old' | 'new' {
  const state = stateOf(join(folder, 'registry.sqlite'));
  expect(state.healthy, `${where}: doctor`).toBe(true);
  const which = state.head.hash === newState.head.hash ? 'new' : 'old';
  const expected = which === 'new' ? newState : oldState;
  expect(state.head, `${where}: history end`).toEqual(expected.head);
  expect(state.counts, `${where}: counts`).toEqual(expected.counts);
  const backups = join(folder, 'backups');
  const copies = existsSync(backups) ? readdirSync(backups).filter((f) => f.endsWith('.sqlite')) : [];
  for (const copy of copies) {
    const kept = verifyCopy(join(backups, copy));
    expect(kept.head, `${where}: the copy ${copy}`).toEqual(oldState.head);
    expect(kept.counts, `${where}: the copy ${copy}`).toEqual(oldState.counts);
  }
  // The new ledger is never there without the copy of the old one.
  if (which === 'new') expect(copies.length, `${where}: copy kept`).toBeGreaterThan(0);
  return which;
}

describe('a restore over a ledger killed at random moments', () => {
  it(`leaves the old ledger or the new one, never a mix (${KILLS} kills, seed ${SEED})`, async () => {
    // One run to the end: how long the copy and the replace take on this machine.
    const whole = await runChild(workFolder(0), null);
    expect(whole.stderr).toBe('');
    expect(whole.done).toBe(true);
    expect(expectWhole(join(dir, 'run-0'), 'uninterrupted run')).toBe('new');

    const next = random(SEED);
    const outcomes = { old: 0, new: 0 };
    for (let n = 1; n <= KILLS; n++) {
      const delay = Math.floor(next() * whole.ms * 1.1);
      const folder = workFolder(n);
      const run = await runChild(folder, delay);
      const where = `kill ${n} after ${delay} ms of ${whole.ms} (seed ${SEED})`;
      expect(run.stderr, where).toBe('');
      expect(run.ready, where).toBe(true);
      const which = expectWhole(folder, where);
      if (run.done) expect(which, `${where}: reported done`).toBe('new');
      outcomes[which]++;
      // Killed half-way, the restore can simply be run again (once is enough to show it).
      if (which === 'old' && outcomes.old === 1) {
        const again = await runChild(folder, null);
        expect(again.done, `${where}: run again`).toBe(true);
        expect(expectWhole(folder, `${where}, run again`)).toBe('new');
      }
      rmSync(folder, { recursive: true, force: true });
    }
    console.info(`restore crash: ${KILLS} kills, ${outcomes.old} left the old ledger, ${outcomes.new} the new one`);
    // Most kills land while the copy or the replace is under way, and leave the old ledger.
    expect(outcomes.old).toBeGreaterThan(0);
  }, 240_000);
});
