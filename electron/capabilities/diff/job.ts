/**
 * A diff as one job, from what the caller names (a snapshot file or the bytes the window sent, the
 * registry now, the registry at the end of a day), run on the diff's worker thread (thread.ts) or
 * in the calling one.
 *
 * Each snapshot is verified by the snapshots capability's own verifier (runVerify: an SQLite-file
 * snapshot signed by this ledger is hashed and checked on threads beside this one, never turned into
 * 200,000 event objects), and only its tables are read: a diff compares people, groups, memberships,
 * exceptions and casework, never the history. The registry's side reads its tables, and for a day
 * only the person and group events after that day (to roll them back). Measured at 10,000 people:
 * a snapshot side 5.0 s through readSnapshotFile (its whole content read, every event checked as an
 * object), 0.9–1.2 s so.
 */
import { existsSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { DiffReport, DiffSideLabel } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import type { LedgerEvent } from '../../../shared/domain';
import type { SnapshotContent } from '../../../shared/snapshot';
import { openDatabase, readTransaction, stmt, type Db } from '../../db/database';
import { today, type Clock } from '../../kernel/context';
import { rowToEvent, type EventRow } from '../../kernel/events';
import { dropVerified, readTables, refuseFutureDates, runVerify } from '../snapshots';
import { jobFraction } from '../../../shared/snapshotProgress';
import { diffSides, type DiffFilter } from './compute';
import { endOfDay, localDay, rolledBack, sideOf, type SideState } from './sides';

/** A side as a job names it: the registry now, a day of it, or a snapshot (a file, or the bytes sent). */
export type DiffSideSpec =
  | { kind: 'now' }
  | { kind: 'date'; date: string }
  | { kind: 'snapshot'; fileName: string; path?: string; bytes?: Uint8Array; password?: string; held?: HeldSnapshot };

/**
 * A snapshot verified when it was chosen, kept as the verified SQLite copy in its private scratch
 * folder (as the Snapshots page keeps one for its import): the diff reads its tables from there and
 * does not verify the file again. Only a file in the app's form has one; when the copy has gone
 * (discarded, swept), the side is verified again from where it came.
 */
export interface HeldSnapshot {
  path: string;
  scratch: string;
  exportedAt: string;
  organisation: string;
}

export interface DiffJob {
  /** The registry, for a side that is now or a day (null: two snapshots). */
  dbPath: string | null;
  from: DiffSideSpec;
  to: DiffSideSpec;
  filter: DiffFilter;
  /** The moment the job stands for (ISO): "now", today, and the dates refused as still to come. */
  now: string;
  /** This installation's public key: a snapshot it signed is checked the fast way. */
  own: string | null;
}

/** What a snapshot holds for a diff: its tables (no history) and when it was written. */
export interface SnapshotTables {
  content: SnapshotContent;
  exportedAt: string;
  organisation: string;
}

const fixedClock = (now: string): Clock => ({ now: () => new Date(now) });

/** How far a job is, 0–1 (the Diff page's bar). */
export type DiffProgress = (fraction: number) => void;

const noProgress: DiffProgress = () => undefined;

/** A snapshot side verified by the snapshots capability (nothing read yet but what the check reads). */
function verifySide(
  side: Extract<DiffSideSpec, { kind: 'snapshot' }>,
  job: Pick<DiffJob, 'now' | 'own'>,
  progress: DiffProgress = noProgress,
  keepCopy = false,
) {
  return runVerify(
    {
      op: 'verify',
      path: side.path,
      bytes: side.bytes,
      password: side.password,
      own: job.own,
      now: job.now,
      keepCopy,
    },
    (phase, fraction) => progress(jobFraction(phase, fraction)),
  );
}

/** The tables of a verified copy (SQLite's file, checked: its SQL is trusted). */
function tablesOf(path: string): Omit<SnapshotContent, 'events'> {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return readTables(db as unknown as Db);
  } finally {
    db.close();
  }
}

/** The tables of the copy verified when the side was chosen, or null when it is gone. */
function heldTables(held: HeldSnapshot | undefined): SnapshotTables | null {
  if (!held || !existsSync(held.path)) return null;
  try {
    return {
      content: { ...tablesOf(held.path), events: [] },
      exportedAt: held.exportedAt,
      organisation: held.organisation,
    };
  } catch {
    // Removed while it was being opened: verified again from the file below.
    return null;
  }
}

/** A snapshot verified by the snapshots capability (or its copy verified when chosen), then only its tables read. */
export async function readSnapshotTables(
  side: Extract<DiffSideSpec, { kind: 'snapshot' }>,
  job: Pick<DiffJob, 'now' | 'own'>,
  progress: DiffProgress = noProgress,
): Promise<SnapshotTables> {
  const held = heldTables(side.held);
  if (held) return held;
  const { verified, summary } = await verifySide(side, job, progress);
  try {
    if (verified.form === 'json') {
      const { snapshot } = verified;
      refuseFutureDates(snapshot, fixedClock(job.now));
      return {
        content: { ...snapshot.content, events: [] },
        exportedAt: snapshot.exportedAt,
        organisation: snapshot.content.organisation.name,
      };
    }
    // The file was verified (checksum or signature, SQLite's check, schema): its SQL is trusted.
    return {
      content: { ...tablesOf(verified.container.path), events: [] },
      exportedAt: summary.exportedAt,
      organisation: summary.organisation,
    };
  } finally {
    dropVerified(verified);
  }
}

/** The person and group events after `instant`, oldest first: what rolling the registry back to it undoes. */
function peopleAndGroupEventsAfter(db: Db, instant: string): LedgerEvent[] {
  const rows = stmt(
    db,
    `SELECT * FROM events WHERE at > ? AND (kind LIKE 'person.%' OR kind LIKE 'group.%') ORDER BY seq`,
  ).all(instant) as unknown as EventRow[];
  return rows.map(rowToEvent);
}

/**
 * The registry's content for a diff: its tables, and the person and group events after `since`
 * (the earliest day a side stands for; none when no side is a day).
 */
export function registryTables(db: Db, since: string | null): SnapshotContent {
  return readTransaction(db, () => ({
    ...readTables(db),
    events: since === null ? [] : peopleAndGroupEventsAfter(db, since),
  }));
}

/** The end of the earliest day among the sides that are days, or null. */
export function earliestDayEnd(sides: ReadonlyArray<{ kind: string; date?: string }>): string | null {
  const ends = sides.filter((s) => s.kind === 'date').map((s) => endOfDay(s.date!));
  return ends.length > 0 ? ends.sort()[0]! : null;
}

/** A side's state and label, the registry read at most once for both sides. */
export function registrySide(
  side: { kind: 'now' } | { kind: 'date'; date: string },
  registry: () => SnapshotContent,
  clock: Clock,
): { state: SideState; label: DiffSideLabel } {
  const now = today(clock);
  if (side.kind === 'now') {
    const at = clock.now().toISOString();
    return { state: sideOf(registry(), now, at), label: { kind: 'now', fileName: null, day: now, at } };
  }
  if (side.date > now) throw new LedgerError('date_in_future', { date: side.date, today: now });
  const at = endOfDay(side.date);
  return { state: rolledBack(registry(), side.date, at), label: { kind: 'date', fileName: null, day: side.date, at } };
}

/** A snapshot's state and label. */
export function snapshotSideState(
  tables: Pick<SnapshotTables, 'content' | 'exportedAt'>,
  fileName: string,
): { state: SideState; label: DiffSideLabel } {
  const at = tables.exportedAt;
  const day = localDay(at);
  return { state: sideOf(tables.content, day, at), label: { kind: 'snapshot', fileName, day, at } };
}

/** Both sides, the earlier one first, diffed. */
export function diffLabelled(
  a: { state: SideState; label: DiffSideLabel },
  b: { state: SideState; label: DiffSideLabel },
  filter: DiffFilter,
): DiffReport {
  let [from, to] = [a, b];
  if (from.label.at > to.label.at) [from, to] = [to, from];
  return diffSides(from.state, to.state, { from: from.label, to: to.label }, filter);
}

/** The whole job: each snapshot verified and its tables read, the registry read once if needed, then the diff. */
export async function runDiff(job: DiffJob, progress: DiffProgress = noProgress): Promise<DiffReport> {
  const clock = fixedClock(job.now);
  const states: Array<{ state: SideState; label: DiffSideLabel }> = [];
  let db: Db | null = null;
  let content: SnapshotContent | null = null;
  try {
    const registry = () => {
      if (!job.dbPath) throw new LedgerError('no_organisation');
      db ??= openDatabase(job.dbPath, { readOnly: true });
      return (content ??= registryTables(db, earliestDayEnd([job.from, job.to])));
    };
    // Each side is 45 % of the bar (a file verified again takes seconds), the comparison the rest.
    for (const [i, side] of [job.from, job.to].entries()) {
      if (side.kind !== 'snapshot') states.push(registrySide(side, registry, clock));
      else {
        const tables = await readSnapshotTables(side, job, (f) => progress(0.45 * (i + f)));
        states.push(snapshotSideState(tables, side.fileName));
      }
      progress(0.45 * (i + 1));
    }
    const report = diffLabelled(states[0]!, states[1]!, job.filter);
    progress(1);
    return report;
  } finally {
    (db as Db | null)?.close();
  }
}

/** What choosing a snapshot as a side gives: whose it is, when it was written, and its verified copy if kept. */
export interface DescribedSnapshot {
  organisation: string;
  exportedAt: string;
  /** The verified copy of a file in the app's form, kept for the diff (the caller removes it); null otherwise. */
  held: HeldSnapshot | null;
}

/**
 * A snapshot chosen as a side, verified (nothing else read): whose it is and when it was written.
 * With `keep`, the verified copy of a file in the app's form is kept in its scratch folder for the
 * diff; the caller owns it (discardHeld).
 */
export async function describeSnapshot(
  side: Extract<DiffSideSpec, { kind: 'snapshot' }>,
  job: Pick<DiffJob, 'now' | 'own'>,
  keep = false,
  progress: DiffProgress = noProgress,
): Promise<DescribedSnapshot> {
  // A file from another ledger is kept as its checked copy too (checked in full, then copied).
  const { verified, summary } = await verifySide(side, job, progress, keep);
  const { organisation, exportedAt } = summary;
  if (!keep || verified.form !== 'sqlite') {
    dropVerified(verified);
    return { organisation, exportedAt, held: null };
  }
  const { path, scratch } = verified.container;
  return { organisation, exportedAt, held: { path, scratch, exportedAt, organisation } };
}

/** Removes a kept copy (its scratch folder). */
export function discardHeld(held: Pick<HeldSnapshot, 'scratch'>): void {
  rmSync(held.scratch, { recursive: true, force: true });
}
