/**
 * Crash safety of a runbook walk. A child process walks the dissolution of a 120-member group (one
 * transaction per step, acknowledged on stdout after its commit) and is SIGKILLed again and
 * again; when a dissolution is finished the next one starts on a new group, until the kills are
 * done. After every kill the registry must hold each acknowledged step exactly once (no step, no
 * removal, no event recorded twice), the event chain and the file must verify, and the restarted
 * child must resume at the first step without an outcome.
 *
 * Where the kills land, from a seeded plan:
 * - inside a step's transaction, at an exact row written (the child kills itself there: see
 *   runbook-crash-child.ts) — the same statement on every replay of the seed;
 * - a few milliseconds after the child's 0th–2nd acknowledgement: between steps, inside a
 *   transaction or during its commit, as the timing falls;
 * - while the restarted child opens the registry and finds where to resume.
 *
 * RUNBOOK_CRASH_KILLS (default 200), RUNBOOK_CRASH_SEED (default: a new one each run, printed; a
 * failure prints the command that replays it), RUNBOOK_CRASH_REPORT (a file for the figures:
 * `npm run soak` writes bench/soak.md from it). A killed child's successor is started while it
 * still walks, so a restart costs the registry's opening, not Node's start and the code's loading.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { bundleChild } from './childBundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, resetTransactionState } from '../../electron/db/database';
import { systemClock } from '../../electron/kernel/context';
import { createOrganisation } from '../../electron/capabilities/organisation';
import { planRunbook, startRunbook } from '../../electron/capabilities/runbooks';
import { runDoctor } from '../../electron/capabilities/history';
import { insertGroup, insertMembership, insertPerson } from '../../electron/kernel/store';
import { EMPTY_CHARTER } from '../../shared/domain';
import { person } from './helpers';

const KILLS = wholeNumber('RUNBOOK_CRASH_KILLS', 200);
const SEED = wholeNumber('RUNBOOK_CRASH_SEED', 1 + Math.floor(Math.random() * 2 ** 31));
const REPORT = process.env.RUNBOOK_CRASH_REPORT;
const STEPS = 120;
/** Children started ahead of the one walking. */
const AHEAD = 2;
const REPLAY = `RUNBOOK_CRASH_SEED=${SEED} RUNBOOK_CRASH_KILLS=${KILLS} npx vitest run tests/unit/runbook-crash.test.ts`;

function wholeNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, not “${text}”`);
  return n;
}

/** CPU seconds of this process and of its ended children (Linux: /proc; elsewhere the children are null). */
function cpuSeconds(): { self: number; children: number | null } {
  const own = process.cpuUsage();
  let children: number | null = null;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    /* not Linux */
  }
  return { self: (own.user + own.system) / 1e6, children };
}

/** mulberry32: a small seeded generator, so a failing run can be repeated with its seed. */
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

type Plan =
  | { kind: 'write'; at: number }
  | { kind: 'acks'; afterAcks: number; delayMs: number }
  | { kind: 'start'; delayMs: number };

/** The next kill of the seeded plan; always four draws, so the plan never depends on timing. */
function planner(seed: number): () => Plan {
  const next = random(seed);
  return () => {
    const [k, a, b] = [next(), next(), next(), next()];
    // A step writes 10 rows (removal, its event and 3 subjects, the outcome, its event and 3 subjects).
    if (k < 0.4) return { kind: 'write', at: 1 + Math.floor(a * 30) };
    if (k < 0.88) return { kind: 'acks', afterAcks: Math.floor(a * 3), delayMs: Math.floor(b * 4) };
    return { kind: 'start', delayMs: Math.floor(a * 25) };
  };
}

let dir = '';
let childScript = '';

/**
 * pinyin-pro, loaded where it is first called rather than when the child starts: a walk never
 * computes a search key, and its dictionary was 40% of a start (330 → 200 ms of CPU with the
 * compile cache). The code that runs is the same.
 */
const lazyPinyin: Plugin = {
  name: 'lazy-pinyin',
  setup(b) {
    const real = createRequire(import.meta.url).resolve('pinyin-pro');
    b.onResolve({ filter: /^pinyin-pro$/ }, () => ({ path: 'pinyin-pro', namespace: 'lazy-pinyin' }));
    b.onResolve({ filter: /.*/, namespace: 'lazy-pinyin' }, () => ({ path: real, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-pinyin' }, () => ({
      contents: `export const pinyin = (...args) => require(${JSON.stringify(real)}).pinyin(...args);`,
      loader: 'js',
    }));
  },
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gl-crash-'));
  childScript = join(dir, 'child.mjs');
  mkdirSync(join(dir, 'compile-cache'));
  await bundleChild('tests/unit/runbook-crash-child.ts', childScript, { minify: true, plugins: [lazyPinyin] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const IDS = Array.from({ length: STEPS }, (_, i) => `p-${String(i + 1).padStart(4, '0')}`);

/** A registry with the people every round's group is made of. */
function prepare(path: string): void {
  const db = openDatabase(path);
  createOrganisation({ db, clock: systemClock, actor: 'tester' }, { name: '崩溃测试局', locale: 'zh-CN' });
  db.exec(`INSERT INTO units (id, parent_id, name, sort) VALUES ('unit-office', NULL, '办公室', 1)`);
  for (const id of IDS) insertPerson(db, person(id, `成员${id.slice(2)}`, { handles: { wechat: `wx_${id}` } }));
  db.close();
  resetTransactionState();
}

/** Round `n`: a new group of the STEPS people (the first its owner), and its dissolution started. */
function newRound(path: string, n: number): { id: number; group: string } {
  const db = openDatabase(path);
  const ctx = { db, clock: systemClock, actor: 'tester' };
  const group = `g-crash-${n}`;
  insertGroup(db, {
    id: group,
    name: `崩溃测试群${n}`,
    platform: 'wechat',
    platformGroupId: null,
    purpose: null,
    kind: 'standing',
    task: null,
    endDate: null,
    ownerId: IDS[0]!,
    deputyIds: [],
    charter: EMPTY_CHARTER,
    authorisingDoc: null,
    status: 'active',
    createdOn: '2020-01-01',
  });
  for (const id of IDS) {
    insertMembership(db, {
      groupId: group,
      personId: id,
      role: id === IDS[0] ? 'owner' : 'member',
      joinedOn: '2020-01-01',
      leftOn: null,
      addedBy: null,
      requestedBy: null,
      basis: 'founding',
      basisRef: null,
      leftReason: null,
    });
  }
  const id = startRunbook(ctx, planRunbook(ctx, { kind: 'dissolve', groupId: group, reason: '撤销' }));
  db.close();
  resetTransactionState();
  return { id, group };
}

interface Run {
  acks: number[];
  resume: number | null;
  finished: boolean;
  killed: boolean;
  stderr: string;
}

/** A child process, started and loaded, waiting for its `go`. */
class Child {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly ready: Promise<void>;
  readonly closed: Promise<NodeJS.Signals | null>;
  readonly run: Run = { acks: [], resume: null, finished: false, killed: false, stderr: '' };
  private onLine: (word: string, value: string | undefined) => void = () => {};

  constructor() {
    this.proc = spawn(process.execPath, [childScript], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_COMPILE_CACHE: join(dir, 'compile-cache') },
    });
    let buffer = '';
    let ready = () => {};
    this.ready = new Promise((resolve) => (ready = resolve));
    this.proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const [word, value] = buffer.slice(0, nl).split(' ');
        buffer = buffer.slice(nl + 1);
        if (word === 'ready') ready();
        if (word === 'resume') this.run.resume = value === 'none' ? null : Number(value);
        if (word === 'ack') this.run.acks.push(Number(value));
        if (word === 'finished') this.run.finished = true;
        this.onLine(word!, value);
      }
    });
    this.proc.stdin.on('error', () => {}); // a child that died early: its stderr and exit tell why
    this.proc.stderr.on('data', (chunk: Buffer) => (this.run.stderr += chunk.toString()));
    this.closed = new Promise((resolve) =>
      this.proc.on('close', (_code, signal) => {
        ready();
        resolve(signal);
      }),
    );
  }

  /** Walks runbook `id` of the registry at `path`, killed as the plan says (or not, with null). */
  async walk(path: string, id: number, plan: Plan | null): Promise<Run> {
    await this.ready;
    let timer: NodeJS.Timeout | undefined;
    const killIn = (ms: number) => (timer ??= setTimeout(() => this.proc.kill('SIGKILL'), ms));
    if (plan?.kind === 'acks') {
      this.onLine = (word) => {
        if ((word === 'resume' || word === 'ack') && this.run.acks.length >= plan.afterAcks) killIn(plan.delayMs);
      };
    }
    this.proc.stdin.write(`go ${path} ${id} ${plan?.kind === 'write' ? plan.at : 0}\n`);
    if (plan?.kind === 'start') killIn(plan.delayMs);
    const signal = await this.closed;
    clearTimeout(timer);
    this.run.killed = signal === 'SIGKILL';
    // node:sqlite may still announce itself as experimental; anything else is a failure.
    this.run.stderr = this.run.stderr
      .split('\n')
      .filter((l) => l.trim() && !/ExperimentalWarning|--trace-warnings/.test(l))
      .join('\n');
    return this.run;
  }

  dismiss(): void {
    this.proc.stdin.end();
  }
}

interface Stored {
  done: number[];
  firstOpen: number | null;
  stepEvents: number;
  doubleSteps: number;
  removals: number;
  doubleRemovals: number;
  openMembers: number;
  chainOk: boolean;
  runbookState: string;
  groupStatus: string;
}

/** What the registry holds of round `id`/`group`, read as a restarted app reads it. */
function inspect(path: string, id: number, group: string): Stored {
  const db = openDatabase(path);
  const n = (sql: string, ...args: Array<string | number>) => (db.prepare(sql).get(...args) as { n: number }).n;
  try {
    const done = (
      db
        .prepare(`SELECT ord FROM runbook_steps WHERE runbook_id = ? AND outcome = 'done' ORDER BY ord`)
        .all(id) as Array<{ ord: number }>
    ).map((r) => r.ord);
    const firstOpen = db
      .prepare('SELECT min(ord) AS ord FROM runbook_steps WHERE runbook_id = ? AND outcome IS NULL')
      .get(id) as { ord: number | null };
    const STEP_EVENTS = `FROM events WHERE kind = 'runbook.step_recorded' AND json_extract(after, '$.runbookId') = ?`;
    const REMOVALS = `FROM events WHERE kind = 'membership.removed' AND json_extract(after, '$.groupId') = ?`;
    return {
      done,
      firstOpen: firstOpen.ord,
      stepEvents: n(`SELECT count(*) AS n ${STEP_EVENTS}`, id),
      doubleSteps: n(
        `SELECT count(*) AS n FROM (SELECT json_extract(after, '$.ord') AS o ${STEP_EVENTS} GROUP BY o HAVING count(*) > 1)`,
        id,
      ),
      removals: n(`SELECT count(*) AS n ${REMOVALS}`, group),
      doubleRemovals: n(
        `SELECT count(*) AS n FROM (SELECT json_extract(after, '$.personId') AS p ${REMOVALS} GROUP BY p HAVING count(*) > 1)`,
        group,
      ),
      openMembers: n('SELECT count(*) AS n FROM memberships WHERE group_id = ? AND left_on IS NULL', group),
      // The fixture writes its people, groups and memberships straight into the tables, with no
      // history to replay: every other check of doctor must pass.
      chainOk: runDoctor(db)
        .checks.filter((c) => c.name !== 'replay')
        .every((c) => c.ok),
      runbookState: (db.prepare('SELECT state FROM runbooks WHERE id = ?').get(id) as { state: string }).state,
      groupStatus: (db.prepare('SELECT status FROM groups WHERE id = ?').get(group) as { status: string }).status,
    };
  } finally {
    db.close();
    resetTransactionState();
  }
}

describe('a runbook walk killed at random moments', () => {
  it(
    `keeps every acknowledged step exactly once and resumes where it stopped (${KILLS} kills)`,
    { timeout: 120_000 + KILLS * 2_000 },
    async () => {
      console.info(`runbook crash: seed ${SEED}, ${KILLS} kills; replay: ${REPLAY}`);
      const started = Date.now();
      const cpuBefore = cpuSeconds();
      const path = join(dir, 'registry.sqlite');
      prepare(path);
      const nextPlan = planner(SEED);
      const pool: Child[] = [];
      const take = () => {
        const child = pool.shift() ?? new Child();
        while (pool.length < AHEAD) pool.push(new Child());
        return child;
      };
      const figures = {
        seed: SEED,
        kills: 0,
        killsBy: { write: 0, acks: 0, start: 0 },
        runs: 0,
        rounds: 0,
        stepsPerRound: STEPS,
        acknowledged: 0,
        committedNotAcknowledged: 0,
        seconds: 0,
        cpuSeconds: { test: 0, children: null as number | null },
        loadAverageAtStart: loadavg().map((x) => Math.round(x * 10) / 10),
        result: 'failed' as 'passed' | 'failed',
        failure: null as string | null,
      };
      let round = newRound(path, 1);
      let where: string;
      try {
        // Steps acknowledged in this round, and where the next child must resume.
        let acknowledged = new Set<number>();
        let expectedResume: number | null = 1;
        while (figures.kills < KILLS) {
          const plan = nextPlan();
          const run = await take().walk(path, round.id, plan);
          figures.runs++;
          where = `run ${figures.runs}, kill ${figures.kills + 1} of ${KILLS}, round ${figures.rounds + 1}, plan ${JSON.stringify(plan)}`;
          expect(run.stderr, where).toBe('');
          if (run.resume !== null || run.acks.length > 0) expect(run.resume, where).toBe(expectedResume);
          for (const ord of run.acks) {
            expect(acknowledged.has(ord), `${where}: step ${ord} acknowledged twice`).toBe(false);
            acknowledged.add(ord);
          }
          figures.acknowledged += run.acks.length;
          const stored = inspect(path, round.id, round.group);
          for (const ord of acknowledged) expect(stored.done, `${where}: step ${ord} lost`).toContain(ord);
          expect(stored.chainOk, `${where}: doctor`).toBe(true);
          // Each done step once: one outcome, one event, one removal; nobody removed twice.
          expect(stored.doubleSteps, where).toBe(0);
          expect(stored.doubleRemovals, where).toBe(0);
          expect(stored.stepEvents, where).toBe(stored.done.length);
          expect(stored.removals, where).toBe(stored.done.length);
          expect(stored.openMembers, where).toBe(STEPS - stored.done.length);
          if (run.killed && !run.finished) {
            figures.kills++;
            figures.killsBy[plan.kind]++;
          }
          // The round's dissolution is complete — the child said so, or was killed after the last
          // step's commit (before its acknowledgement or before it could say so): every step done
          // once, the runbook finished, the group dissolved. The next round starts on a new group.
          if (run.finished || stored.firstOpen === null) {
            expect(stored.done, where).toEqual(Array.from({ length: STEPS }, (_, i) => i + 1));
            expect(stored, where).toMatchObject({
              firstOpen: null,
              runbookState: 'finished',
              groupStatus: 'dissolved',
            });
            // This run committed at most one step it did not acknowledge (an earlier killed run may
            // have left one of its own: the run resumed after it, at expectedResume).
            expect(
              STEPS - Math.max(0, ...acknowledged, (expectedResume ?? 1) - 1),
              `${where}: steps committed unacknowledged`,
            ).toBeLessThanOrEqual(1);
            figures.rounds++;
            figures.committedNotAcknowledged += STEPS - acknowledged.size;
            round = newRound(path, figures.rounds + 1);
            acknowledged = new Set();
            expectedResume = 1;
            continue;
          }
          expect(run.killed, `${where}: the child ended without finishing and was not killed`).toBe(true);
          // Done steps are exactly 1..firstOpen-1, and this run committed at most one step it did not
          // acknowledge. The runs before it may each have left one of their own: two kills in a row,
          // each right after a commit, leave two steps done that no child acknowledged; the count
          // starts where this run resumed.
          const maxAck = Math.max(0, ...acknowledged, (expectedResume ?? 1) - 1);
          expect(stored.done, where).toEqual(Array.from({ length: stored.firstOpen! - 1 }, (_, i) => i + 1));
          expect(stored.firstOpen! - maxAck, where).toBeGreaterThanOrEqual(1);
          expect(stored.firstOpen! - maxAck, where).toBeLessThanOrEqual(2);
          expectedResume = stored.firstOpen;
        }

        where = 'the last walk, not killed';
        const last = await take().walk(path, round.id, null);
        expect(last.stderr, where).toBe('');
        expect(last.resume, where).toBe(expectedResume);
        expect(last.finished, where).toBe(true);
        const stored = inspect(path, round.id, round.group);
        expect(stored.done, where).toEqual(Array.from({ length: STEPS }, (_, i) => i + 1));
        expect(stored, where).toMatchObject({
          firstOpen: null,
          doubleSteps: 0,
          stepEvents: STEPS,
          doubleRemovals: 0,
          removals: STEPS,
          openMembers: 0,
          chainOk: true,
          runbookState: 'finished',
          groupStatus: 'dissolved',
        });
        figures.rounds++;
        figures.committedNotAcknowledged += STEPS - acknowledged.size - last.acks.length;
        figures.acknowledged += last.acks.length;
        figures.result = 'passed';
      } catch (error) {
        figures.failure = (error as Error).message.slice(0, 2000);
        if (error instanceof Error) error.message += `\n\nseed ${SEED}; replay with:\n  ${REPLAY}`;
        throw error;
      } finally {
        for (const child of pool) child.dismiss();
        figures.seconds = Math.round((Date.now() - started) / 100) / 10;
        const cpuAfter = cpuSeconds();
        const round1 = (x: number) => Math.round(x * 10) / 10;
        figures.cpuSeconds = {
          test: round1(cpuAfter.self - cpuBefore.self),
          children: cpuAfter.children === null ? null : round1(cpuAfter.children - cpuBefore.children!),
        };
        console.info(
          `runbook crash: ${figures.kills} kills (${JSON.stringify(figures.killsBy)}) over ${figures.rounds} rounds of ` +
            `${STEPS} steps, ${figures.acknowledged} steps acknowledged, ${figures.committedNotAcknowledged} committed ` +
            `but killed before their acknowledgement; ${figures.seconds} s (CPU: test ${figures.cpuSeconds.test} s, ` +
            `children ${figures.cpuSeconds.children ?? '?'} s; load average at start ${figures.loadAverageAtStart[0]}), seed ${SEED}`,
        );
        if (REPORT) writeFileSync(REPORT, `${JSON.stringify(figures, null, 2)}\n`);
      }
    },
  );
});
