/**
 * Diff: what changed between two snapshots, a snapshot and now, or two days of the open registry —
 * on the Diff page, on paper (PDF, workbook) and on the command line (`group-ledger diff A B`).
 * Snapshots are read only through the snapshots capability's own verified readers.
 */
import { basename } from 'node:path';
import {
  MAX_SNAPSHOT_UPLOAD_BYTES,
  type DiffReport,
  type DiffRequest,
  type DiffSide,
  type DiffSideLabel,
  type DiffSnapshotChoice,
  type ExportedFile,
} from '../../../shared/contract';
import type { Locale } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import type { Snapshot } from '../../../shared/snapshot';
import type { Db } from '../../db/database';
import { defineCapability, type HandlerContext } from '../../kernel/capability';
import { today, type Clock } from '../../kernel/context';
import { getOrganisation, requireOrganisation } from '../../kernel/records';
import { writeDocument } from '../documents';
import { parseSnapshotBytes, readContent, readSnapshotFile, refuseFutureDates } from '../snapshots';
import { diffSides, type DiffFilter } from './compute';
import { diffDocument } from './document';
import { endOfDay, localDay, rolledBack, sideOf, type SideState } from './sides';

export { diffSides, type DiffFilter } from './compute';
export { diffDocument } from './document';
export { endOfDay, localDay, rolledBack, sideOf, type SideState } from './sides';

/** A side as the caller gives it: the registry now, a day of it, or a verified snapshot read before. */
export type ResolvedSide =
  { kind: 'now' } | { kind: 'date'; date: string } | { kind: 'snapshot'; snapshot: Snapshot; fileName: string };

/** The side's state and how it is shown. `registry` is read at most once for both sides. */
function stateOf(
  side: ResolvedSide,
  registry: () => Snapshot['content'],
  clock: Clock,
): { state: SideState; label: DiffSideLabel } {
  if (side.kind === 'snapshot') {
    const at = side.snapshot.exportedAt;
    const day = localDay(at);
    return {
      state: sideOf(side.snapshot.content, day, at),
      label: { kind: 'snapshot', fileName: side.fileName, day, at },
    };
  }
  const now = today(clock);
  if (side.kind === 'now') {
    const at = clock.now().toISOString();
    return { state: sideOf(registry(), now, at), label: { kind: 'now', fileName: null, day: now, at } };
  }
  if (side.date > now) throw new LedgerError('date_in_future', { date: side.date, today: now });
  const at = endOfDay(side.date);
  return { state: rolledBack(registry(), side.date, at), label: { kind: 'date', fileName: null, day: side.date, at } };
}

/**
 * The diff of two sides; the earlier one is taken as "from" whichever order they come in. Two
 * snapshot files need no registry (`db` null).
 */
export function diffOf(
  db: Db | null,
  clock: Clock,
  a: ResolvedSide,
  b: ResolvedSide,
  filter: DiffFilter = {},
): DiffReport {
  let content: Snapshot['content'] | null = null;
  const registry = () => {
    if (!db) throw new LedgerError('no_organisation');
    return (content ??= readContent(db));
  };
  let from = stateOf(a, registry, clock);
  let to = stateOf(b, registry, clock);
  if (from.label.at > to.label.at) [from, to] = [to, from];
  return diffSides(from.state, to.state, { from: from.label, to: to.label }, filter);
}

/** A snapshot file as a side: read and verified by the snapshots capability; dates after today refused. */
export function snapshotSide(path: string, clock: Clock): ResolvedSide {
  const snapshot = readSnapshotFile(path);
  refuseFutureDates(snapshot, clock);
  return { kind: 'snapshot', snapshot, fileName: basename(path) };
}

/** Writes the diff as a PDF or workbook; on disk before this returns. */
export function exportDiff(
  report: DiffReport,
  locale: Locale,
  clock: Clock,
  format: 'pdf' | 'xlsx',
  path: string,
): Promise<ExportedFile> {
  return writeDocument(diffDocument(report, locale, today(clock)), format, path, clock);
}

interface Chosen {
  snapshot: Snapshot;
  fileName: string;
}

function uiLocale(app: HandlerContext): Locale {
  return app.preferences.settings().locale ?? getOrganisation(app.db)?.locale ?? 'en';
}

/** The name as the admin knows it: no folders, no control characters. */
function plainFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return plain || 'snapshot.json';
}

export const diffCapability = defineCapability({
  name: 'diff',
  handlers: (app) => {
    const chosen = app.pending<Chosen>('diff-snapshot');
    const keep = (entry: Chosen): DiffSnapshotChoice => {
      refuseFutureDates(entry.snapshot, app.clock);
      return {
        token: chosen.put(entry),
        fileName: entry.fileName,
        organisation: entry.snapshot.content.organisation.name,
        exportedAt: entry.snapshot.exportedAt,
        day: localDay(entry.snapshot.exportedAt),
      };
    };
    const resolve = (side: DiffSide): ResolvedSide => {
      if (side.kind !== 'snapshot') return side;
      const entry = chosen.get(side.token);
      if (!entry) throw new LedgerError('snapshot_cancelled');
      return { kind: 'snapshot', ...entry };
    };
    const run = (input: DiffRequest) => {
      requireOrganisation(app.db);
      return diffOf(app.db, app.clock, resolve(input.from), resolve(input.to), {
        groupId: input.groupId,
        unitId: input.unitId,
      });
    };
    return {
      'diff.chooseSnapshot': async () => {
        const path = await app.dialogs.chooseSnapshotOpenFile();
        return path ? keep({ snapshot: readSnapshotFile(path), fileName: basename(path) }) : null;
      },
      'diff.uploadSnapshot': (input) => {
        const bytes = Buffer.from(input.data, 'base64');
        if (bytes.length > MAX_SNAPSHOT_UPLOAD_BYTES) {
          const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
          throw new LedgerError('snapshot_too_large', { size: mb(bytes.length), max: mb(MAX_SNAPSHOT_UPLOAD_BYTES) });
        }
        return keep({ snapshot: parseSnapshotBytes(bytes), fileName: plainFileName(input.fileName) });
      },
      'diff.run': (input) => run(input),
      'diff.export': async ({ format, ...request }) => {
        const report = run(request);
        const doc = diffDocument(report, uiLocale(app), today(app.clock));
        const path = await app.dialogs.chooseSaveFile(`${safeName(doc.fileStem)}.${format}`, [format]);
        return path ? writeDocument(doc, format, path, app.clock) : null;
      },
    };
  },
});

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 100) || 'diff';
}
