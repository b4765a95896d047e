/**
 * Node-side benchmark of the registry at organisation scale. For each size it generates the
 * seeded fixture, then measures durable command latency (each command committed to disk before it
 * returns) against the same commands on a naive registry kept as one JSON document (conf, the base
 * of electron-store), search, the as-of query, snapshot export and verified import, and the time
 * from process start to the first answered query. Prints one JSON document on stdout.
 *
 *   node dist/bench/node-bench.mjs --sizes 100,2000,10000 --work DIR [--quick]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import Conf from 'conf';
import { pinyin } from 'pinyin-pro';
import { openDatabase, stmt, type Db } from '../../electron/db/database';
import { keepAnchor } from '../../electron/kernel/anchor';
import { registryPath } from '../../electron/core/paths';
import type { ServiceContext } from '../../electron/kernel/context';
import { listPeople } from '../../electron/capabilities/directory/queries';
import { groupMembers } from '../../electron/capabilities/groups/queries';
import { addMember, removeMember } from '../../electron/capabilities/membership/membership';
import { checkRecord, unitParents } from '../../electron/kernel/charter';
import { toGroup, type GroupRecord, type PersonRecord } from '../../electron/kernel/rows';
import { scopeCreepGroups, scopeCreepReport, scopeCreepSummary } from '../../electron/capabilities/insights/reports';
import { SnapshotRunner, doctorOffThread, dropVerified, readContent } from '../../electron/capabilities/snapshots';
import { runExport, runImport, runVerify } from '../../electron/capabilities/snapshots/jobs';
import { installationKey } from '../../electron/core/signingKey';
import { SCALE_PRESETS, generateScaleFixture, type ScaleOptions } from '../../electron/seeds/fixtures/scale';
import type { SnapshotContent } from '../../shared/snapshot';
import { DEFAULT_RETENTION, SCOPE_CREEP_GROUPS_MAX } from '../../shared/contract';
import { fullCheckOffThread, inspectRegistry, takeBackup } from '../../electron/capabilities/backups';
import { runDoctor } from '../../electron/capabilities/history';
import { replayDifferences } from '../../electron/capabilities/history/replay';
import { median, stats, time } from './measure';
import { measureRunbooks } from './runbooks-bench';
import { measureIncidents } from './incidents-bench';
import { measureExports } from './exports-bench';
import { rawSqliteReference } from './reference';

/**
 * Deterministic choice of (group, person) pairs that are not members yet and pass the group's
 * charter check, so each measured add is the ordinary checked add (no exception needed). The pure
 * check runs on records read once: the full charterCheck also resolves the approver, which for a
 * position scans every person, and tens of thousands of candidates would take minutes.
 */
function candidatePairs(db: Db, count: number): Array<{ groupId: string; personId: string }> {
  const groupRecords = (
    stmt(db, "SELECT * FROM groups WHERE status = 'active' ORDER BY id").all() as unknown as GroupRecord[]
  ).map(toGroup);
  const peopleRecords = stmt(
    db,
    "SELECT * FROM people WHERE status = 'active' ORDER BY id",
  ).all() as unknown as PersonRecord[];
  const groupById = new Map(groupRecords.map((g) => [g.id, g]));
  const personById = new Map(peopleRecords.map((p) => [p.id, p]));
  const parents = unitParents(db);
  const groups = groupRecords.map((g) => g.id);
  const people = peopleRecords.map((p) => p.id);
  const isOpen = stmt(db, 'SELECT 1 FROM memberships WHERE group_id = ? AND person_id = ? AND left_on IS NULL');
  const pairs: Array<{ groupId: string; personId: string }> = [];
  const seen = new Set<string>();
  let i = 0;
  while (pairs.length < count && i < count * 50) {
    const groupId = groups[(i * 7919) % groups.length]!;
    const personId = people[(i * 104729 + 13) % people.length]!;
    i++;
    const key = `${groupId}/${personId}`;
    if (seen.has(key) || isOpen.get(groupId, personId)) continue;
    if (!checkRecord(groupById.get(groupId)!, personById.get(personId)!, parents).eligible) continue;
    seen.add(key);
    pairs.push({ groupId, personId });
  }
  return pairs;
}

function measureCommands(ctx: ServiceContext, wanted: number) {
  const pairs = candidatePairs(ctx.db, wanted * 2);
  // A small organisation may have fewer free (group, person) pairs than wanted: split what there is.
  const iterations = Math.floor(pairs.length / 2);
  const adds: number[] = [];
  const removes: number[] = [];
  const steps: number[] = [];
  const addPairs = pairs.slice(0, iterations);
  for (const p of addPairs) adds.push(time(() => addMember(ctx, { ...p, note: 'bench' }))[1]);
  for (const p of addPairs) removes.push(time(() => removeMember(ctx, { ...p, reason: 'bench' }))[1]);
  // A runbook step at the storage layer: one removal, committed with its event, before the next.
  const runbook = pairs.slice(iterations);
  for (const p of runbook) addMember(ctx, { ...p, note: 'bench runbook setup' });
  runbook.forEach((p, k) => {
    steps.push(time(() => removeMember(ctx, { ...p, reason: `dissolution step ${k + 1}/${runbook.length}` }))[1]);
  });
  return { addMember: stats(adds), removeMember: stats(removes), runbookStep: stats(steps) };
}

/**
 * The naive way: the whole registry as one JSON document in conf (electron-store's base class).
 * Each command reads and parses the document, changes it, and writes it back atomically.
 */
function measureNaive(content: SnapshotContent, dir: string, iterations: number) {
  const conf = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'naive-registry', projectName: 'bench' });
  conf.store = content as unknown as Record<string, unknown>;
  const people = content.people.filter((p) => p.status === 'active');
  const groups = content.groups;
  const adds: number[] = [];
  const removes: number[] = [];
  const steps: number[] = [];
  let nextId = content.memberships.reduce((m, x) => Math.max(m, x.id), 0) + 1;
  const added: number[] = [];
  const command = (change: (reg: SnapshotContent) => void) => {
    const reg = conf.store as unknown as SnapshotContent;
    change(reg);
    reg.events.push({ ...reg.events.at(-1)!, seq: reg.events.length + 1, kind: 'membership.changed' });
    conf.store = reg as unknown as Record<string, unknown>;
  };
  for (let i = 0; i < iterations; i++) {
    const id = nextId++;
    added.push(id);
    adds.push(
      time(() =>
        command((reg) => {
          reg.memberships.push({
            id,
            groupId: groups[i % groups.length]!.id,
            personId: people[(i * 31) % people.length]!.id,
            role: 'member',
            joinedOn: '2026-01-01',
            leftOn: null,
            addedBy: null,
            requestedBy: null,
            basis: 'manual',
            basisRef: 'bench',
            leftReason: null,
          });
        }),
      )[1],
    );
  }
  for (const [list, label] of [
    [removes, 'bench'],
    [steps, 'dissolution step'],
  ] as const) {
    for (let i = 0; i < Math.ceil(iterations / 2); i++) {
      const id = added.pop();
      list.push(
        time(() =>
          command((reg) => {
            const m = reg.memberships.find((x) => x.id === id);
            if (m) Object.assign(m, { leftOn: '2026-01-02', leftReason: label });
          }),
        )[1],
      );
    }
  }
  return { addMember: stats(adds), removeMember: stats(removes), runbookStep: stats(steps) };
}

function measureSearch(db: Db, repeat: number) {
  // Queries are taken from the fixture itself so they match at every size.
  const zh = stmt(db, "SELECT name FROM people WHERE name GLOB '*[一-龥]*' ORDER BY id LIMIT 1").get() as {
    name: string;
  };
  const vi = stmt(
    db,
    "SELECT name FROM people WHERE name LIKE '% % %' AND name NOT GLOB '*[一-龥]*' ORDER BY id LIMIT 1",
  ).get() as { name: string } | undefined;
  const initials = pinyinInitials(zh.name);
  const unaccented = (vi?.name ?? 'Nguyễn Văn An')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  const run = (q: string) => {
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < repeat; i++) {
      const [rows, ms] = time(() => listPeople(db, q));
      samples.push(ms);
      hits = rows.length;
    }
    return { query: q, hits, ...stats(samples) };
  };
  return { name: run(zh.name), pinyinInitials: run(initials), unaccentedVietnamese: run(unaccented) };
}

function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}

function measureAsOf(db: Db, repeat: number) {
  const largest = stmt(
    db,
    `SELECT g.id, g.created_on AS createdOn, count(*) AS n FROM groups g JOIN memberships m ON m.group_id = g.id
     GROUP BY g.id ORDER BY n DESC LIMIT 1`,
  ).get() as { id: string; createdOn: string; n: number };
  const samples: number[] = [];
  let members = 0;
  const date = '2025-06-30';
  for (let i = 0; i < repeat; i++) {
    const [rows, ms] = time(() => groupMembers(db, largest.id, date));
    samples.push(ms);
    members = rows.length;
  }
  return { groupIntervals: largest.n, asOf: date, members, ...stats(samples) };
}

/**
 * The whole-registry scope-creep report (every active group's members against its charter), as
 * the dashboard and `report scope-creep` ask for it.
 */
function measureScopeCreep(db: Db, dbPath: string, repeat: number) {
  const clock = { now: () => new Date() };
  const samples: number[] = [];
  let groups = 0;
  let outside = 0;
  for (let i = 0; i < repeat; i++) {
    const [report, ms] = time(() => scopeCreepReport(db, clock));
    samples.push(ms);
    groups = report.groups.length;
    outside = report.groups.reduce((n, g) => n + g.outside, 0);
  }
  // The same report as the Reports page reads it for print: the counts, then every section, a
  // hundred groups per call. The first pass reads the registry; the second finds nothing changed.
  // Through a connection of its own, closed after: the scan these calls keep while nothing changes
  // (reports.ts) is then let go, not held through the measures after this one.
  const reader = openDatabase(dbPath);
  const printPass = () =>
    time(() => {
      const summary = scopeCreepSummary(reader, clock);
      const ids = summary.groups.map((g) => g.groupId);
      let entries = 0;
      for (let i = 0; i < ids.length; i += SCOPE_CREEP_GROUPS_MAX) {
        for (const g of scopeCreepGroups(reader, clock, ids.slice(i, i + SCOPE_CREEP_GROUPS_MAX)))
          entries += g.entries.length;
      }
      return { calls: 1 + Math.ceil(ids.length / SCOPE_CREEP_GROUPS_MAX), entries };
    });
  const [pass, firstPassMs] = printPass();
  const [, againMs] = printPass();
  reader.close();
  // The first reports in a process are the slow ones (the heap grows: page faults); the first and the
  // fastest beside the percentiles show how much of the p95 that is.
  return {
    groupsWithCreep: groups,
    outside,
    ...stats(samples),
    firstMs: Math.round(samples[0] ?? NaN),
    fastestMs: Math.round(Math.min(...samples)),
    windowPrint: { ...pass, firstMs: Math.round(firstPassMs), againMs: Math.round(againMs) },
  };
}

/**
 * Writes what earlier measures left in the page cache to disk before a measure that flushes its own
 * file (`sync`): a snapshot's fsync would otherwise wait for gigabytes the benchmark wrote before it
 * (the naive JSON store's rewrites), which an office PC exporting once does not have. Measured:
 * after 3 GB written just before, an export took 950–1,090 ms; after a sync, 820–850.
 */
function settleDisk(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

async function measureSnapshot(dbPath: string, dir: string, quick: boolean) {
  const now = new Date().toISOString();
  const meta = { actor: 'bench', fileName: 'snapshot.groupledger', at: now };
  // The installation whose key signs the snapshots, as the app's data root does.
  const root = join(dir, 'installation');
  const own = installationKey(root).publicKey;
  // First as the app runs them, on the snapshot worker, while this thread's heap is as the rows
  // before left it (collected). Measured after the runs below, the JSON form's import in this
  // thread (8.7 s, gigabytes of garbage) was still being handed back to the system when the worker
  // rows began: V8 returning its pooled pages (munmap) held this thread for 140–257 ms during the
  // first encrypted import (perf, 2026-12-05), a wait the app's main process, which never parses a
  // snapshot itself, does not have.
  const threaded = await measureThreadedSnapshots(dbPath, dir, root, own, quick);
  collectGarbage();
  // Export, then verify and import into an empty registry, as the app's worker runs them (file →
  // checks → one write), in this thread. The app's form is the SQLite file signed by this
  // installation (container.ts); the JSON document is measured beside it. With a password: the
  // same, encrypted (scrypt + AES-256-GCM).
  const once = async (name: string, form: 'sqlite' | 'json', password?: string) => {
    const file = join(dir, name);
    settleDisk();
    const t0 = performance.now();
    const exported = await runExport(
      { op: 'export', dbPath, path: file, form, password, signingRoot: root, now },
      () => undefined,
    );
    const exportMs = performance.now() - t0;
    const targetDir = join(dir, `import-${name}`);
    rmSync(targetDir, { recursive: true, force: true });
    settleDisk();
    const t1 = performance.now();
    const { verified } = await runVerify({ op: 'verify', path: file, password, own, now }, () => undefined);
    await runImport(
      verified,
      { op: 'import', dbPath: registryPath(targetDir), dataDir: targetDir, mode: 'empty', meta, now },
      () => undefined,
    );
    const importMs = performance.now() - t1;
    dropVerified(verified);
    rmSync(targetDir, { recursive: true, force: true });
    return { bytes: exported.bytes, exportMs: round1(exportMs), importMs: round1(importMs) };
  };
  // The plain and the encrypted file three times each, alternating which goes first, and the median
  // of each: the encrypted ÷ plain ratio is a target, and from one sample of each it moved between
  // 1.03× and 1.35× at the large fixture on the same commit.
  const plainRuns: Array<Awaited<ReturnType<typeof once>>> = [];
  const encryptedRuns: typeof plainRuns = [];
  for (let i = 0; i < 3; i++) {
    const plainOne = async () => plainRuns.push(await once('snapshot.groupledger', 'sqlite'));
    const encryptedOne = async () =>
      encryptedRuns.push(await once('snapshot.groupledger.enc', 'sqlite', 'bench password 2026'));
    if (i % 2 === 0) await plainOne().then(encryptedOne);
    else await encryptedOne().then(plainOne);
  }
  const medianOf = (runs: typeof plainRuns) => ({
    bytes: runs[0]!.bytes,
    exportMs: stats(runs.map((r) => r.exportMs)).p50,
    importMs: stats(runs.map((r) => r.importMs)).p50,
  });
  const plain = medianOf(plainRuns);
  const encrypted = medianOf(encryptedRuns);
  const json = await once('snapshot.json', 'json');
  return {
    threaded,
    bytes: plain.bytes,
    exportMs: plain.exportMs,
    importWithVerificationMs: plain.importMs,
    encryptedBytes: encrypted.bytes,
    encryptedExportMs: encrypted.exportMs,
    encryptedImportMs: encrypted.importMs,
    json: { bytes: json.bytes, exportMs: json.exportMs, importWithVerificationMs: json.importMs },
  };
}

/** The longest wait of this thread (the main process, which answers the window) while `work` runs. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; stallMs: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: round1(performance.now() - started), stallMs: round1(longest) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Export, then verification and import into a new folder, as the app runs them: on the snapshot
 * worker thread (dist/electron/snapshot-worker.mjs), while this thread — the main process that
 * answers the window — only hears progress. Its longest stall is the window's longest wait.
 */
async function measureThreadedSnapshot(
  dbPath: string,
  dir: string,
  root: string,
  own: string,
  dialog: boolean,
  password?: string,
) {
  const script = join(dirname(process.argv[1]!), '..', 'electron', 'snapshot-worker.mjs');
  if (!existsSync(script)) return null;
  const runner = new SnapshotRunner({ script });
  const now = new Date().toISOString();
  const file = join(dir, password ? 'threaded.groupledger.enc' : 'threaded.groupledger');
  // `dialog`: as the app does, the job's worker is started when the save or open dialog opens, and
  // the timing starts when the administrator has chosen the file (a second later, untimed).
  const chooseFile = async () => {
    if (!dialog) return;
    runner.prepare();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  };
  await chooseFile();
  settleDisk();
  const exported = await longestStall(() =>
    runner.export({ op: 'export', dbPath, path: file, signingRoot: root, now, password }),
  );
  const target = join(dir, 'import-threaded');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await chooseFile();
  settleDisk();
  const imported = await longestStall(async () => {
    const handle = await runner.verify({ op: 'verify', path: file, own, now, password });
    try {
      return await handle.import({
        op: 'import',
        dbPath: registryPath(target),
        dataDir: target,
        mode: 'empty',
        meta: { actor: 'bench', fileName: 'threaded.groupledger', at: now },
        now,
      });
    } finally {
      handle.dispose();
    }
  });
  rmSync(target, { recursive: true, force: true });
  rmSync(file, { force: true });
  return {
    exportMs: exported.ms,
    exportStallMs: exported.stallMs,
    importMs: imported.ms,
    importStallMs: imported.stallMs,
  };
}

/**
 * measureThreadedSnapshot three times (once in a quick run), as the doctor's row does: medians, and
 * the worst run's stalls beside them. A single run's stall also counts a pause of this process's own
 * (its heap holds the naive JSON registry's gigabytes): one run at 10,000 people gave 105 ms where
 * the runs before gave 13-22.
 */
async function measureThreadedSnapshots(dbPath: string, dir: string, root: string, own: string, quick: boolean) {
  const runs: Array<NonNullable<Awaited<ReturnType<typeof measureThreadedSnapshot>>>> = [];
  const encryptedRuns: typeof runs = [];
  // The plain and the encrypted file alternating which goes first, as in measureSnapshot: the
  // encrypted ÷ plain ratio as the app meets it (its worker's heap holds only the job, where this
  // thread's holds the benchmark's own data, which makes each of the encryption's young-generation
  // collections, one per MB, about 1 ms instead of 0.2).
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const plain = () => measureThreadedSnapshot(dbPath, dir, root, own, true);
    const encrypted = () => measureThreadedSnapshot(dbPath, dir, root, own, true, 'bench password 2026');
    let plainRun: Awaited<ReturnType<typeof plain>>;
    let encryptedRun: Awaited<ReturnType<typeof plain>>;
    if (i % 2 === 0) {
      plainRun = await plain();
      encryptedRun = await encrypted();
    } else {
      encryptedRun = await encrypted();
      plainRun = await plain();
    }
    if (!plainRun || !encryptedRun) return null;
    runs.push(plainRun);
    encryptedRuns.push(encryptedRun);
  }
  // Once more with the worker started only when the job is asked for (a file sent by the browser
  // mode's upload, which opens no dialog in this process).
  const cold = await measureThreadedSnapshot(dbPath, dir, root, own, false);
  const middle = (f: (r: (typeof runs)[number]) => number) => medianOf(runs, f);
  return {
    encryptedExportMs: medianOf(encryptedRuns, (r) => r.exportMs),
    encryptedImportMs: medianOf(encryptedRuns, (r) => r.importMs),
    // The window's wait during the encrypted ones too, which the plain runs' medians do not show (in
    // the benchmark's process, when these ran after the JSON form's import in this thread, the first
    // encrypted import held the main thread for 140–257 ms: see measureSnapshot).
    worstEncryptedExportStallMs: Math.max(...encryptedRuns.map((r) => r.exportStallMs)),
    worstEncryptedImportStallMs: Math.max(...encryptedRuns.map((r) => r.importStallMs)),
    coldExportMs: cold ? round1(cold.exportMs) : null,
    coldImportMs: cold ? round1(cold.importMs) : null,
    exportMs: middle((r) => r.exportMs),
    exportStallMs: middle((r) => r.exportStallMs),
    worstExportStallMs: Math.max(...runs.map((r) => r.exportStallMs)),
    importMs: middle((r) => r.importMs),
    importStallMs: middle((r) => r.importStallMs),
    worstImportStallMs: Math.max(...runs.map((r) => r.importStallMs)),
    runs: runs.length,
  };
}

function measureStartToFirstAnswer(dataDir: string, cli: string, runs: number) {
  const groupArg = (() => {
    const db = openDatabase(registryPath(dataDir));
    const row = stmt(db, 'SELECT id FROM groups ORDER BY id LIMIT 1').get() as { id: string };
    db.close();
    return row.id;
  })();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [cli, 'members', groupArg, '--data', dataDir, '--json'], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`cli failed: ${result.stderr}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

/**
 * A fixed piece of JavaScript timed at the start: how fast and how busy the machine was, so that
 * runs on different days can be compared (wall and CPU milliseconds, the median of seven).
 */
function calibration(): { wallMs: number; cpuMs: number } {
  const work = () => {
    let x = 0;
    for (let i = 0; i < 20_000_000; i++) x = (x * 31 + i) | 0;
    return x;
  };
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c = process.cpuUsage();
    wall.push(time(work)[1]);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: stats(wall).p50, cpuMs: stats(cpu).p50 };
}

/** The median of one figure of several runs, to a tenth. */
function medianOf<T>(runs: readonly T[], figure: (run: T) => number): number {
  return round1(median(runs.map(figure)));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function presetFor(people: number): ScaleOptions {
  const large = SCALE_PRESETS.large;
  const f = people / large.people;
  return {
    people,
    units: Math.max(4, Math.round(large.units * f)),
    groups: Math.max(10, Math.round(large.groups * f)),
    memberships: Math.round(large.memberships * f),
    events: Math.round(large.events * f),
    seed: 1,
  };
}

/**
 * Issue 12: a verified backup of the registry (SQLite's online backup, then the integrity check and
 * the history chain read back, then the manifest) and the open-time check of the file. While the
 * backup runs a 1 ms timer measures the longest stall of this thread — in the app the main
 * process, which answers the window: the window's longest wait for an answer during a backup.
 */
async function measureBackup(db: Db, dataDir: string, samples: number) {
  const totals: number[] = [];
  const stalls: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    // Each backup is flushed to disk: what the snapshot measures before it left unwritten is not its cost.
    settleDisk();
    const run = await longestStall(() =>
      takeBackup(db, dataDir, { now: () => new Date(Date.now() + i * 1000) }, 'manual', DEFAULT_RETENTION),
    );
    totals.push(run.ms);
    stalls.push(run.stallMs);
    bytes = run.value.bytes;
  }
  // The same timer with nothing running: on a busy machine the thread waits for a core anyway.
  const idleStall = (await longestStall(() => new Promise((resolve) => setTimeout(resolve, 2000)))).stallMs;
  // At open: the part that blocks (header, length, schema), then SQLite's quick_check on a worker.
  const checks: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < samples; i++) {
    const [health, ms] = time(() => inspectRegistry(registryPath(dataDir), { hasBackups: true, full: false }));
    if (health.state !== 'ok') throw new Error(`open-time check: ${health.problem}`);
    checks.push(ms);
    const started = performance.now();
    const problem = await fullCheckOffThread(registryPath(dataDir));
    if (problem) throw new Error(`full check: ${problem.problem}`);
    full.push(performance.now() - started);
  }
  rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
  const middle = (xs: number[]) => round1(median(xs));
  return {
    backupMs: middle(totals),
    longestStallMs: middle(stalls),
    idleStallMs: round1(idleStall),
    bytes,
    openCheckMs: middle(checks),
    fullCheckOffThreadMs: middle(full),
  };
}

/**
 * Issue 12: `doctor` on the whole registry as the benchmark left it (the scale fixture, and the
 * incidents and runbooks when those parts ran): integrity, references, the chain and the replay of
 * the history against every table it describes; the replay alone beside it.
 */
function measureDoctor(db: Db, quick: boolean) {
  const runs = quick ? 1 : 3;
  const doctor: number[] = [];
  const replay: number[] = [];
  let ok = true;
  for (let i = 0; i < runs; i++) {
    const [report, ms] = time(() => runDoctor(db));
    ok &&= report.ok;
    doctor.push(ms);
    replay.push(time(() => replayDifferences(db))[1]);
  }
  const events = (stmt(db, 'SELECT count(*) AS n FROM events').get() as { n: number }).n;
  return { doctorMs: round1(stats(doctor).p50), replayMs: round1(stats(replay).p50), events, ok };
}

/**
 * `doctor.run` as the window runs it: on the snapshot worker thread, while this thread (the main
 * process that answers the window) waits; its longest stall is the window's longest wait.
 */
async function measureDoctorThreaded(db: Db, quick: boolean) {
  const script = join(dirname(process.argv[1]!), '..', 'electron', 'snapshot-worker.mjs');
  if (!existsSync(script)) return null;
  // The rows measured before this one (20,000 incidents recorded, the doctor run here five times)
  // leave hundreds of MB of this process's garbage, whose collection would otherwise be counted as
  // the doctor's stall (65.9 ms in the run of 2026-12-02; 11–26 ms on the same registry in a process
  // that had done nothing else).
  collectGarbage();
  // Three runs, their medians, and the worst stall beside them: a single run's longest stall is one
  // sample of the machine's scheduling. At 2,000 people one run gave 58.5–104.6 ms in four full runs
  // of the benchmark, and 12.8–17.5 ms in eight runs in a fresh process on a quiet machine.
  const runs = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) runs.push(await longestStall(() => doctorOffThread(db, { script })));
  return {
    ms: medianOf(runs, (r) => r.ms),
    stallMs: medianOf(runs, (r) => r.stallMs),
    worstStallMs: Math.max(...runs.map((r) => r.stallMs)),
    runs: runs.length,
    ok: runs.every((r) => r.value.ok),
  };
}

/** Parts of the benchmark `--only` can pick: the registry's own rows, and issues 9, 10 and 13's. */
export const SECTIONS = ['registry', 'runbooks', 'incidents', 'exports'] as const;
type Section = (typeof SECTIONS)[number];

/** The naive store's commands on the registry's content (read here, so it is not held after). */
function measureNaiveOf(db: Db, dir: string, quick: boolean, people: number) {
  // The naive store rewrites everything per command: fewer samples at large sizes keep the run short.
  const naiveIterations = quick ? 4 : people >= 10_000 ? 10 : people >= 2_000 ? 30 : 100;
  const naive = measureNaive(readContent(db), dir, naiveIterations);
  rmSync(dir, { recursive: true, force: true });
  // The naive store's heap is let go here, not during a later measure.
  collectGarbage();
  return naive;
}

/**
 * A full collection of this process's heap, so a measure does not pay for the garbage of the work
 * before it (`npm run bench` runs with --expose-gc; without it, nothing). The app's main process
 * holds its services' state, a few MB; this one had just generated the fixture or run the section
 * before. Measured at 10,000 people, the scope-creep report's 30 runs straight after generating the
 * fixture (130 MB of its garbage left on the heap, 15 MB live), two processes a side: p50/p95
 * 194/216 and 194/218 ms; after one collection, 139/172 and 137/169.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The registry's rows: durable commands against a naive JSON store, search, as-of, scope creep, snapshot, start. */
async function measureRegistry(db: Db, people: number, dataDir: string, work: string, cli: string, quick: boolean) {
  const ctx: ServiceContext = { db, clock: { now: () => new Date() }, actor: 'bench' };
  const iterations = quick ? 20 : 400;
  const sqlite = measureCommands(ctx, iterations);
  const search = measureSearch(db, quick ? 20 : 200);
  const asOf = measureAsOf(db, quick ? 20 : 200);
  // The commands', searches' and as-of reads' garbage is collected first (collectGarbage).
  collectGarbage();
  const scopeCreep = measureScopeCreep(db, registryPath(dataDir), quick ? 5 : people >= 10_000 ? 30 : 100);
  collectGarbage();
  const snapshot = await measureSnapshot(registryPath(dataDir), join(work, `snapshot-${people}`), quick);
  const open = measureStartToFirstAnswer(dataDir, cli, quick ? 2 : 5);
  // The snapshots' JSON form read here leaves hundreds of MB of garbage.
  collectGarbage();
  const backup = await measureBackup(db, dataDir, quick ? 1 : 3);
  // The naive JSON registry last: at 10,000 people it leaves gigabytes of heap behind, which are
  // collected before going on (the doctor's worker row, measured later, counts this thread's
  // stalls). The commands it runs are those measured above.
  const naive = measureNaiveOf(db, join(work, `naive-${people}`), quick, people);
  const ratio = (k: 'addMember' | 'removeMember' | 'runbookStep') =>
    Math.round((naive[k].p50 / Math.max(sqlite[k].p50, 1e-6)) * 10) / 10;
  return {
    backup,
    commands: {
      sqlite,
      naiveJson: naive,
      ratioNaiveOverSqliteP50: {
        addMember: ratio('addMember'),
        removeMember: ratio('removeMember'),
        runbookStep: ratio('runbookStep'),
      },
    },
    search,
    asOfQuery: asOf,
    scopeCreepReport: scopeCreep,
    snapshot,
    processStartToFirstAnswerMs: open,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      work: { type: 'string' },
      cli: { type: 'string' },
      quick: { type: 'boolean' },
      only: { type: 'string' },
      /** Leave out the history's anchor (registry.anchor.json after each commit), to measure its cost. */
      'no-anchor': { type: 'boolean' },
    },
  });
  const sizes = (values.sizes ?? '100,2000,10000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 10 || n > 100_000))
    throw new Error('--sizes: whole numbers 10..100000');
  const only = new Set((values.only ?? SECTIONS.join(',')).split(',').map((s) => s.trim()));
  for (const s of only) {
    if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: ${SECTIONS.join(', ')}; not “${s}”`);
  }
  const wants = (s: Section) => only.has(s);
  const work = values.work ?? 'bench/work';
  const cli = values.cli ?? 'dist/node/cli.mjs';
  const quick = values.quick ?? false;
  const machineCheck = calibration();
  const results: Record<string, unknown>[] = [];
  for (const people of sizes) {
    const dataDir = join(work, `registry-${people}`);
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const db = openDatabase(registryPath(dataDir));
    const preset = presetFor(people);
    const [, fixtureMs] = time(() => generateScaleFixture(db, preset));
    // As the app and the command line write: the chain's head beside the registry after each commit.
    if (!values['no-anchor']) keepAnchor(db, dataDir);
    // Each section starts from a collected heap (collectGarbage): the fixture's generation leaves
    // 130 MB of garbage here, which no app process has.
    collectGarbage();
    // Issue 13's exports first, on the fixture as generated (its history ends on its last day).
    const exportsRows = wants('exports') ? await measureExports(db, { quick, work, dataDir, people }) : undefined;
    collectGarbage();
    // Then the registry's rows, on the scale fixture as it was before runbooks and incidents.
    const registry = wants('registry') ? await measureRegistry(db, people, dataDir, work, cli, quick) : {};
    collectGarbage();
    const runbooks = wants('runbooks') ? await measureRunbooks(db, { quick, dataDir, work, cli }) : undefined;
    collectGarbage();
    // Two incidents per person: 20,000 at the large fixture.
    const incidents = wants('incidents') ? await measureIncidents(db, { quick, work, count: people * 2 }) : undefined;
    const doctor =
      wants('registry') || wants('incidents')
        ? { ...measureDoctor(db, quick), threaded: await measureDoctorThreaded(db, quick) }
        : undefined;
    // Raw SQLite work of the registry's size, now, on the same disk: the reference of this size's figures.
    const reference = rawSqliteReference(
      join(work, `raw-${people}`),
      statSync(registryPath(dataDir)).size,
      quick ? 20 : 200,
    );
    db.close();
    results.push({
      people,
      fixture: { ...preset, generateMs: round1(fixtureMs) },
      ...registry,
      runbooks,
      incidents,
      doctor,
      exports: exportsRows,
      reference,
      dataDir,
    });
  }
  const sqliteVersion = (() => {
    const db = openDatabase(':memory:');
    const v = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    db.close();
    return v;
  })();
  process.stdout.write(
    JSON.stringify({
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        node: process.versions.node,
        sqlite: sqliteVersion,
        platform: `${process.platform}-${process.arch}`,
        calibration: machineCheck,
      },
      sizes: results,
      nodePeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

await main();
