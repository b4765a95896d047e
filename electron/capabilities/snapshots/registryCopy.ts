/**
 * Verified copies of the registry in `<dataDir>/backups`: the copy kept before a restore replaces
 * the registry, and every backup (electron/capabilities/backups builds on this). SQLite's online
 * backup writes a consistent copy while the registry stays open; the copy is made a standalone file
 * (rollback journal, so no -wal beside it), flushed to disk, renamed into place, then opened again
 * and checked: the database's own integrity check and its history chain, its last event and counts
 * read back. A manifest (JSON beside it, same name) then records what it holds. A copy that fails
 * any of this is removed and nothing else happens.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DatabaseSync } from 'node:sqlite';
import type { BackupManifest, BackupReason, RegistryCopy, SnapshotCounts } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import type { Db } from '../../db/database';
import { backupIntoNewFile } from '../../db/copy';
import { syncDirectory, syncFile, writeFileDurable } from '../../core/files';
import type { Clock } from '../../kernel/context';
import {
  CHAIN_HEAD_SQL,
  GENESIS_HASH,
  chainHead,
  findStoredChainBreak,
  storedChainBreaks,
  type ChainBreak,
} from '../../kernel/events';
import { chainWorkerScript } from './workerScript';
import { COUNTS_SQL, registryCounts } from './snapshot';
import { BACKGROUND_THREAD_SOURCE, backgroundPool } from '../../core/background';

export const BACKUPS_DIR = 'backups';

/** Where a data folder keeps the copies of its registry. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_DIR);
}

/** A kept copy, with what it holds: the registry must still match it when it is replaced. */
export interface KeptCopy extends RegistryCopy {
  head: { seq: number; hash: string };
  /** SQLite's data_version on this connection when the copy began: it moves when another process commits. */
  dataVersion: number;
  manifest: BackupManifest;
}

/** Changes each time another connection commits to the database (never for this connection's own writes). */
export function dataVersion(db: Db): number {
  return (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
}

/** "registry-before-restore-2026-11-30-081500.sqlite", in the office PC's local time. */
function copyName(clock: Clock, reason: string, n: number): string {
  const d = clock.now();
  const pad = (v: number) => String(v).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `registry-${reason}-${stamp}${n > 1 ? `-${n}` : ''}.sqlite`;
}

/** The manifest's path beside a backup file. */
export function manifestPath(copyPath: string): string {
  return copyPath.replace(/\.sqlite$/, '.json');
}

/** A copy cut short (the app killed while writing it) leaves only its temporary file: removed. */
function removeInterruptedCopies(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/^\.registry-.*\.tmp(-wal|-shm|-journal)?$/.test(name)) rmSync(join(dir, name), { force: true });
  }
}

function removeWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

interface Target {
  dir: string;
  path: string;
  temp: string;
}

function target(dataDir: string, clock: Clock, reason: string): Target {
  const dir = backupsDir(dataDir);
  let n = 1;
  while (existsSync(join(dir, copyName(clock, reason, n)))) n++;
  const path = join(dir, copyName(clock, reason, n));
  const temp = join(dir, `.${copyName(clock, reason, n)}.${randomBytes(6).toString('hex')}.tmp`);
  return { dir, path, temp };
}

function failure(t: Target, error: unknown): never {
  removeWithSidecars(t.temp);
  if (error instanceof LedgerError) throw error;
  const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  throw new LedgerError('backup_failed', { path: t.path, detail: String(detail).slice(0, 200) });
}

/** The copy just written by SQLite: made standalone, flushed and renamed into place. */
function settle(t: Target): void {
  // The copy carries the registry's WAL mode in its header; a backup is one self-contained file.
  const standalone = new DatabaseSync(t.temp);
  try {
    standalone.exec('PRAGMA journal_mode = DELETE');
  } finally {
    standalone.close();
  }
  syncFile(t.temp);
  renameSync(t.temp, t.path);
  syncDirectory(t.dir);
}

/** Verifies the settled copy and writes its manifest; a copy that does not verify is removed. */
function describe(t: Target, clock: Clock, reason: BackupReason, version: number, lenient: boolean): KeptCopy {
  let verified: CopyContents;
  try {
    verified = verifyCopy(t.path, lenient);
  } catch (error) {
    return discard(t, error);
  }
  return record(t, clock, reason, version, verified);
}

function discard(t: Target, error: unknown): never {
  removeWithSidecars(t.path);
  rmSync(manifestPath(t.path), { force: true });
  return failure(t, error);
}

/** Writes the manifest of a verified copy. */
function record(t: Target, clock: Clock, reason: BackupReason, version: number, verified: CopyContents): KeptCopy {
  try {
    const bytes = statSync(t.path).size;
    const manifest: BackupManifest = {
      format: 1,
      file: t.path.slice(t.dir.length + 1),
      takenAt: clock.now().toISOString(),
      reason,
      bytes,
      counts: verified.counts,
      head: verified.head,
      schemaVersion: verified.schemaVersion,
      organisation: verified.organisation,
    };
    writeFileDurable(manifestPath(t.path), `${JSON.stringify(manifest, null, 2)}\n`);
    const counts = verified.counts ?? emptyCounts();
    return { path: t.path, bytes, dataVersion: version, counts, head: verified.head, manifest };
  } catch (error) {
    return discard(t, error);
  }
}

function emptyCounts(): SnapshotCounts {
  return { units: 0, tiers: 0, people: 0, groups: 0, memberships: 0, events: 0, runbooks: 0, incidents: 0 };
}

/** Writes and verifies a copy of the registry in `<dataDir>/backups`; throws backup_failed, leaving nothing. */
/** One copy at a time from a connection (the day's backup and a restore's copy may meet). */
const copying = new WeakMap<Db, Promise<unknown>>();

export function keepRegistryCopy(
  db: Db,
  dataDir: string,
  clock: Clock,
  reason: BackupReason = 'before-restore',
): Promise<KeptCopy> {
  const previous = copying.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => copyNow(db, dataDir, clock, reason));
  copying.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

async function copyNow(db: Db, dataDir: string, clock: Clock, reason: BackupReason): Promise<KeptCopy> {
  const t = target(dataDir, clock, reason);
  const version = dataVersion(db);
  let verified: CopyContents;
  try {
    mkdirSync(t.dir, { recursive: true });
    removeInterruptedCopies(t.dir);
  } catch (error) {
    failure(t, error);
  }
  // The checks' workers (integrity, chain) start loading while the copy is made.
  const chain = startChainCheck();
  const integrity = startCopyCheck();
  try {
    try {
      // SQLite's backup runs on a worker thread, 16 MB (4,096 pages) per step, each step's pages
      // flushed to disk while the next are copied (db/copy.ts).
      // On libuv's pool, lowered below the window first (core/background.ts).
      backgroundPool();
      await backupIntoNewFile(db, t.temp, 4096);
    } catch (error) {
      failure(t, error);
    }
    try {
      // Made standalone and flushed, then checked off the main thread: SQLite's integrity check and
      // the history chain each on worker threads of their own, side by side.
      verified = await integrity.check(t.temp, () => chain.check(t.temp));
      renameSync(t.temp, t.path);
      syncDirectory(t.dir);
    } catch (error) {
      return failure(t, error);
    }
  } finally {
    chain.dispose();
    integrity.dispose();
  }
  return record(t, clock, reason, version, verified);
}

/** What the worker of startCopyCheck answers. */
interface CheckedCopy {
  integrity: string[];
  counts: SnapshotCounts;
  head: { seq: number; hash: string } | null;
  schemaVersion: number;
  organisation: string | null;
}

/**
 * The copy's own checks, on a worker thread started before the copy is made (a worker takes 40–90 ms
 * to start on these machines, and the chain's check waits for this one's first answer): once given
 * the copy, it makes it a standalone file (rollback journal), then, while it is flushed to disk,
 * runs SQLite's integrity check and reads what it holds (counts, the history's last entry, schema
 * version, organisation). At 10,000 people this reads every page of a file of 150 MB: on the main
 * process it would hold up the window's calls for seconds.
 */
function startCopyCheck(): {
  check(
    path: string,
    alsoOnceSettled: () => Promise<ChainBreak | null>,
  ): Promise<CopyContents & { counts: SnapshotCounts }>;
  dispose(): void;
} {
  const worker = new Worker(
    `${BACKGROUND_THREAD_SOURCE}
     const { parentPort, workerData } = require('node:worker_threads');
     const { closeSync, fsync, openSync } = require('node:fs');
     const { DatabaseSync } = require('node:sqlite');
     parentPort.once('message', ({ path }) => {
       const standalone = new DatabaseSync(path);
       try { standalone.exec('PRAGMA journal_mode = DELETE'); } finally { standalone.close(); }
       // The file's content is final: the history's check (other threads) and the integrity check
       // (here) read it while it is flushed to disk on a thread of libuv's pool. It is renamed into
       // place only once flushed and checked: the answer waits for the flush, and a flush that
       // fails ends this worker with its error.
       parentPort.postMessage('settled');
       const fd = openSync(path, 'r+');
       const flushed = new Promise((resolve, reject) => fsync(fd, (error) => {
         closeSync(fd);
         if (error) reject(error); else resolve();
       }));
       const db = new DatabaseSync(path, { readOnly: true });
       let answer;
       try {
         // Read through a memory map: SQLite's check of 150 MB takes half the time so. (Only for this
         // copy, just written by this process; older files are read the usual way.)
         db.exec('PRAGMA mmap_size = 268435456');
         const integrity = db.prepare('PRAGMA integrity_check').all().map((r) => r.integrity_check);
         const ok = integrity.length === 1 && integrity[0] === 'ok';
         const counts = ok ? { ...db.prepare(workerData.countsSql).get() } : null;
         const head = ok ? db.prepare(workerData.chainHeadSql).get() : null;
         const schemaVersion = db.prepare('PRAGMA user_version').get().user_version;
         const org = ok ? db.prepare('SELECT name FROM organisation LIMIT 1').get() : null;
         answer = { integrity, counts, head: head ? { seq: head.seq, hash: head.hash } : null,
           schemaVersion, organisation: org ? org.name : null };
       } finally {
         db.close();
       }
       flushed.then(() => parentPort.postMessage(answer), (error) => { throw error; });
     });`,
    { eval: true, workerData: { countsSql: COUNTS_SQL, chainHeadSql: CHAIN_HEAD_SQL } },
  );
  const ended = keepEarlyEnd(worker, 'the check of the copy');
  return {
    check: (path, alsoOnceSettled) => checkCopyWith(worker, ended, path, alsoOnceSettled),
    dispose: () => void worker.terminate(),
  };
}

/** What the worker of startCopyCheck answers about `path`; `alsoOnceSettled` starts once the file is final. */
async function checkCopyWith(
  worker: Worker,
  early: () => Error | null,
  path: string,
  alsoOnceSettled: () => Promise<ChainBreak | null>,
): Promise<CopyContents & { counts: SnapshotCounts }> {
  const started: { chain: Promise<ChainBreak | null> | null } = { chain: null };
  const answer = await new Promise<CheckedCopy>((resolve, reject) => {
    const failed = early();
    if (failed) return reject(failed);
    worker.on('message', (message: CheckedCopy | 'settled') => {
      if (message === 'settled') {
        started.chain = alsoOnceSettled();
        // Handled below; if the integrity check fails first, its failure is the one reported.
        started.chain.catch(() => undefined);
      } else resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the check of the copy ended with code ${code}`));
    });
    worker.postMessage({ path });
  });
  const { integrity } = answer;
  // The chain's check may still run; awaited before any answer so no worker outlives the copy.
  const broken = await (started.chain ?? Promise.resolve(null)).catch((error: unknown) => {
    throw new LedgerError('backup_failed', { path, detail: (error as Error).message.slice(0, 200) });
  });
  if (integrity.length !== 1 || integrity[0] !== 'ok') {
    throw new LedgerError('backup_failed', { path, detail: integrity.slice(0, 3).join('; ') });
  }
  if (broken) throw chainBroken(path, broken);
  return {
    counts: answer.counts,
    head: answer.head ?? { seq: 0, hash: GENESIS_HASH },
    schemaVersion: answer.schemaVersion,
    organisation: answer.organisation,
  };
}

/**
 * The same copy written synchronously with SQLite's VACUUM INTO (also a consistent copy made by
 * SQLite, never a file copy), for the one moment that cannot wait: just before an older registry
 * is migrated while it opens. Its schema may be too old to count everything: the counts are then
 * left out of the manifest.
 */
export function keepRegistryCopySync(db: Db, dataDir: string, clock: Clock, reason: BackupReason): KeptCopy {
  const t = target(dataDir, clock, reason);
  const version = dataVersion(db);
  try {
    mkdirSync(t.dir, { recursive: true });
    removeInterruptedCopies(t.dir);
    db.prepare('VACUUM INTO ?').run(t.temp);
    settle(t);
  } catch (error) {
    failure(t, error);
  }
  return describe(t, clock, reason, version, true);
}

export interface CopyContents {
  counts: SnapshotCounts | null;
  head: { seq: number; hash: string };
  schemaVersion: number;
  organisation: string | null;
}

/**
 * Opens a kept copy read-only: it must pass SQLite's integrity check and its history chain must be
 * whole; returns what it holds. `lenient`: counts that cannot be read (an older schema) are null.
 */
export function verifyCopy(path: string, lenient = false): CopyContents & { counts: SnapshotCounts } {
  const copy = new DatabaseSync(path, { readOnly: true });
  try {
    const rows = copy.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>;
    if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
      throw new LedgerError('backup_failed', {
        path,
        detail: rows
          .map((r) => r.integrity_check)
          .slice(0, 3)
          .join('; '),
      });
    }
    const broken = findStoredChainBreak(copy);
    if (broken) throw chainBroken(path, broken);
    let counts: SnapshotCounts | null = null;
    try {
      counts = registryCounts(copy);
    } catch (error) {
      if (!lenient) throw error;
    }
    const schemaVersion = (copy.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    let organisation: string | null = null;
    try {
      organisation =
        (copy.prepare('SELECT name FROM organisation LIMIT 1').get() as { name: string } | undefined)?.name ?? null;
    } catch {
      organisation = null;
    }
    return { counts: counts as SnapshotCounts, head: chainHead(copy), schemaVersion, organisation };
  } finally {
    copy.close();
  }
}

/** A copy refused for its broken history: the entry and how, said as the doctor says it (shared/i18n/errors). */
function chainBroken(path: string, broken: ChainBreak): LedgerError {
  return new LedgerError('backup_failed', {
    path,
    detail: `history entry ${broken.seq}: ${broken.reason}`,
    chainSeq: broken.seq,
    chainReason: broken.reason,
  });
}

/** Lets the event loop run (the window's calls are answered) between chunks of work. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Below this many entries one thread checks the whole chain; above, two share it (one half each). */
const SPLIT_CHAIN_AT = 20_000;

/**
 * Whether the chain's check may take two threads beside the integrity check's: only where that
 * still leaves a core for the window. On a two-core office PC the three threads took both cores
 * for the whole check, and the window's frames waited (a backup watched from the Snapshots page:
 * longest frames 63–76 ms in a full benchmark run); one thread for the chain there made the large
 * fixture's backup 1.42 → 1.47 s (five runs a side, alternating, with the process start).
 */
const splitChain = (): boolean => availableParallelism() > 2;

/**
 * The history chain of a copy checked on worker threads (chainWorker.ts), started before the copy
 * is made so they have loaded by the time it is there: at 200,000 entries two threads take one half
 * each (the integrity check, on its own thread, takes about as long as one half). Where that bundle
 * is not there (unit tests run the sources) in chunks on this thread, the event loop running
 * between them.
 */
export function startChainCheck(): { check(path: string): Promise<ChainBreak | null>; dispose(): void } {
  const script = chainWorkerScript();
  if (!script) return { check: chainBreakInThread, dispose: () => undefined };
  const workers = splitChain() ? [startChainWorker(script), startChainWorker(script)] : [startChainWorker(script)];
  return {
    async check(path) {
      const copy = new DatabaseSync(path, { readOnly: true });
      let last: number;
      try {
        copy.exec('PRAGMA trusted_schema = OFF');
        last = chainHead(copy).seq;
      } finally {
        copy.close();
      }
      if (last < SPLIT_CHAIN_AT || workers.length < 2) return workers[0]!.check(path, undefined);
      const middle = Math.floor(last / 2);
      const halves = await Promise.all([
        workers[0]!.check(path, { from: 1, to: middle }),
        workers[1]!.check(path, { from: middle + 1, to: last }),
      ]);
      return halves.find((broken) => broken !== null) ?? null;
    },
    dispose: () => workers.forEach((w) => w.dispose()),
  };
}

async function chainBreakInThread(path: string): Promise<ChainBreak | null> {
  const copy = new DatabaseSync(path, { readOnly: true });
  try {
    let n = 0;
    for (const broken of storedChainBreaks(copy)) {
      if (broken) return broken;
      if (++n % 1000 === 0) await breathe();
    }
    return null;
  } finally {
    copy.close();
  }
}

/**
 * What ended a worker started before its work is handed over (an error, or an exit), kept for when
 * it is: the checks' workers start while the copy is made, and a job given to a worker that has
 * already stopped would wait for an answer that never comes.
 */
function keepEarlyEnd(worker: Worker, what: string): () => Error | null {
  let ended: Error | null = null;
  worker.on('error', (error) => (ended ??= error));
  worker.on('exit', (code) => (ended ??= new Error(`${what} ended with code ${code}`)));
  return () => ended;
}

/** A chain worker, started now and given its range later; what ended it meanwhile is kept for then. */
function startChainWorker(script: string) {
  const worker = new Worker(script);
  const ended = keepEarlyEnd(worker, 'the chain check');
  return {
    check(path: string, range: { from: number; to: number } | undefined): Promise<ChainBreak | null> {
      return new Promise<ChainBreak | null>((resolve, reject) => {
        const failed = ended();
        if (failed) return reject(failed);
        // The worker's reply (chainWorker.ts): done or failed.
        worker.on('message', (reply: { type: string; value?: ChainBreak | null; error?: { message: string } }) => {
          if (reply.type === 'done') resolve(reply.value ?? null);
          else if (reply.type === 'failed') reject(new Error(reply.error?.message ?? 'failed'));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the chain check ended with code ${code}`)));
        worker.postMessage({ path, range });
      });
    },
    dispose: () => void worker.terminate(),
  };
}
