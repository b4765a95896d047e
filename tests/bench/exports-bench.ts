/**
 * Issue 13's rows: the diff of two snapshots of the scale fixture a month apart, and the 台账
 * workbook of the whole registry.
 *
 * The fixture's history ends on its last day (B). Snapshot A is the same registry as it stood 30
 * days earlier: events up to then, memberships cut at that day, people and groups rolled back
 * through the history, exceptions, rules and casework up to then. Both are written as snapshot
 * files (format v4, checksummed) and read back with the snapshots capability's verified reader.
 * The workbook is written by a child process (`workbook-child.mjs`) so its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  diffOffThread,
  diffSides,
  discardHeld,
  endOfDay,
  localDay,
  rolledBack,
  sideOf,
  type DiffJob,
  type HeldSnapshot,
} from '../../electron/capabilities/diff';
import { describeSnapshotOffThread } from '../../electron/capabilities/diff/thread';
import { contentChecksum, importSnapshot, parseSnapshot, readContent } from '../../electron/capabilities/snapshots';
import { runExport } from '../../electron/capabilities/snapshots/jobs';
import { installationKey } from '../../electron/core/signingKey';
import { openDatabase, type Db } from '../../electron/db/database';
import { registryPath } from '../../electron/core/paths';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot, type SnapshotContent } from '../../shared/snapshot';
import { Samples, median } from './measure';

const DAY = 86_400_000;

/** The registry as it stood at the end of `day`. */
function contentAt(content: SnapshotContent, day: string): SnapshotContent {
  const at = endOfDay(day);
  const side = rolledBack(content, day, at);
  return {
    ...content,
    people: [...side.people.values()],
    groups: [...side.groups.values()],
    memberships: content.memberships
      .filter((m) => m.joinedOn <= day)
      .map((m) => (m.leftOn !== null && m.leftOn > day ? { ...m, leftOn: null, leftReason: null } : m)),
    events: content.events.filter((e) => e.at <= at),
    exceptions: content.exceptions.filter((x) => x.requestedOn <= day && (x.decidedOn === null || x.decidedOn <= day)),
    rules: content.rules.filter((r) => r.effectiveOn <= day && r.publishedAt <= at),
    acknowledgements: content.acknowledgements.filter((a) => a.acknowledgedOn <= day),
    incidents: content.incidents.filter((i) => i.noticedOn <= day && (i.closedOn === null || i.closedOn <= day)),
    runbooks: content.runbooks.filter((r) => r.createdAt <= at && (r.endedAt === null || r.endedAt <= at)),
  };
}

function writeSnapshot(path: string, content: SnapshotContent, exportedAt: string): number {
  const text = JSON.stringify({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt,
    checksum: contentChecksum(content),
    content,
  });
  writeFileSync(path, text);
  return text.length;
}

/**
 * The diff as the Diff page runs it, on its worker thread (dist/electron/diff-worker.mjs): each of
 * two snapshot files in the app's form (SQLite, signed by this installation) a month apart chosen
 * (verified, its copy kept), then the two compared, and the later one against the registry at the
 * end of the earlier day; and the two compared with both files verified again, as before. Snapshot A is snapshot content
 * `earlier` imported into a registry of its own, then exported as the app exports (its time: the
 * end of that day). Medians of `runs`.
 */
async function measureAppDiff(dir: string, dataDir: string, earlier: SnapshotContent, dayA: string, runs: number) {
  const script = join(dirname(process.argv[1]!), '..', 'electron', 'diff-worker.mjs');
  const root = join(dir, 'installation');
  const own = installationKey(root).publicKey;
  const atA = endOfDay(dayA);
  const registryA = join(dir, 'registry-a');
  mkdirSync(registryA, { recursive: true });
  const dbA = openDatabase(registryPath(registryA));
  const snapshotA: Snapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: atA,
    checksum: contentChecksum(earlier),
    content: earlier,
  };
  importSnapshot(dbA, snapshotA, { actor: 'bench', fileName: 'a.json', at: atA });
  dbA.close();
  const fileA = join(dir, 'a.groupledger');
  const fileB = join(dir, 'b.groupledger');
  const now = new Date().toISOString();
  await runExport(
    { op: 'export', dbPath: registryPath(registryA), path: fileA, signingRoot: root, now: atA },
    () => undefined,
  );
  await runExport(
    { op: 'export', dbPath: registryPath(dataDir), path: fileB, signingRoot: root, now },
    () => undefined,
  );
  rmSync(registryA, { recursive: true, force: true });
  const time = async (job: DiffJob) => {
    const ms: number[] = [];
    let left = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const report = await diffOffThread(job, script);
      ms.push(performance.now() - t0);
      left = report.totals.left;
    }
    return { ms: Math.round(median(ms)), left };
  };
  // Choosing a file, as the page does: verified on the thread, its verified copy kept (held.ts).
  const chooseMs: number[] = [];
  const choose = async (fileName: string, path: string) => {
    let held: HeldSnapshot | null = null;
    for (let i = 0; i < runs; i++) {
      if (held) discardHeld(held);
      const t0 = performance.now();
      held = (await describeSnapshotOffThread({ kind: 'snapshot', fileName, path }, { now, own, keep: true }, script))
        .held;
      chooseMs.push(performance.now() - t0);
    }
    if (!held) throw new Error(`${fileName}: no verified copy kept`);
    return { kind: 'snapshot' as const, fileName, path, held };
  };
  const sideA = await choose('a.groupledger', fileA);
  const sideB = await choose('b.groupledger', fileB);
  const twoFiles = await time({ dbPath: null, from: sideA, to: sideB, filter: {}, now, own });
  const fileAndDay = await time({
    dbPath: registryPath(dataDir),
    from: { kind: 'date', date: dayA },
    to: sideB,
    filter: {},
    now,
    own,
  });
  // Both files verified again by the comparison (no copies kept): the page's path before 2026-12-05.
  const again = await time({
    dbPath: null,
    from: { kind: 'snapshot', fileName: 'a.groupledger', path: fileA },
    to: { kind: 'snapshot', fileName: 'b.groupledger', path: fileB },
    filter: {},
    now,
    own,
  });
  if (again.left !== twoFiles.left)
    throw new Error(`diff from the copies: ${twoFiles.left} left, from the files ${again.left}`);
  discardHeld(sideA.held);
  discardHeld(sideB.held);
  const mb = Math.round((statSync(fileA).size + statSync(fileB).size) / 1e5) / 10;
  return {
    chooseMs: Math.round(median(chooseMs)),
    twoFilesMs: twoFiles.ms,
    fileAndDayMs: fileAndDay.ms,
    verifiedAgainMs: again.ms,
    left: twoFiles.left,
    snapshotsMb: mb,
  };
}

export async function measureExports(
  db: Db,
  options: { quick: boolean; work: string; dataDir: string; people: number },
) {
  const dir = join(options.work, `exports-${options.people}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const later = readContent(db);
  const lastEvent = later.events.at(-1)?.at ?? new Date().toISOString();
  const dayB = localDay(lastEvent);
  const dayA = localDay(new Date(Date.parse(lastEvent) - 30 * DAY).toISOString());
  const earlier = contentAt(later, dayA);
  const fileA = join(dir, 'a.json');
  const fileB = join(dir, 'b.json');
  const bytes = writeSnapshot(fileA, earlier, endOfDay(dayA)) + writeSnapshot(fileB, later, lastEvent);

  // The diff itself, on two snapshot contents already read.
  const runs = options.quick ? 2 : 5;
  const compute = new Samples();
  let summary = { groups: 0, joined: 0, left: 0, peopleChanged: 0 };
  for (let i = 0; i < runs; i++) {
    const report = compute.run(() =>
      diffSides(sideOf(earlier, dayA, endOfDay(dayA)), sideOf(later, dayB, lastEvent), {
        from: { kind: 'snapshot', fileName: 'a.json', day: dayA, at: endOfDay(dayA) },
        to: { kind: 'snapshot', fileName: 'b.json', day: dayB, at: lastEvent },
      }),
    );
    summary = {
      groups: report.groups.length,
      joined: report.totals.joined,
      left: report.totals.left,
      peopleChanged: report.people.changed.length,
    };
  }
  // From the two files: each read, verified (checksum, schema, references, history chain), then diffed.
  const fromFiles = new Samples();
  fromFiles.run(() => {
    const a = parseSnapshot(readFileSync(fileA, 'utf8'));
    const b = parseSnapshot(readFileSync(fileB, 'utf8'));
    diffSides(sideOf(a.content, dayA, a.exportedAt), sideOf(b.content, dayB, b.exportedAt), {
      from: { kind: 'snapshot', fileName: 'a.json', day: dayA, at: a.exportedAt },
      to: { kind: 'snapshot', fileName: 'b.json', day: dayB, at: b.exportedAt },
    });
  });

  const app = await measureAppDiff(dir, options.dataDir, earlier, dayA, options.quick ? 1 : 3);

  const child = join(dirname(process.argv[1]!), 'workbook-child.mjs');
  const workbook = spawnSync(process.execPath, [child, options.dataDir, join(dir, 'ledger.xlsx')], {
    encoding: 'utf8',
  });
  if (workbook.status !== 0) throw new Error(`workbook child failed: ${workbook.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  return {
    diff: {
      days: [dayA, dayB],
      snapshotsMb: Math.round(bytes / 1e5) / 10,
      computeMs: compute.stats(),
      fromFilesMs: Math.round(fromFiles.wall[0]!),
      fromFilesCpuMs: Math.round(fromFiles.cpu[0]!),
      app,
      ...summary,
    },
    workbook: JSON.parse(workbook.stdout) as {
      ms: number;
      cpuMs: number;
      peakRssMb: number;
      bytes: number;
      rows: number;
    },
  };
}
