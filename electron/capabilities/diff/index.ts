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
import { existingInstallationKey } from '../../core/signingKey';
import { jobSlot } from '../../core/workerJob';
import { type DiffFilter } from './compute';
import { diffDocument } from './document';
import {
  diffLabelled,
  earliestDayEnd,
  registrySide,
  registryTables,
  snapshotSideState,
  type DiffSideSpec,
} from './job';
import { localDay } from './sides';
import { HeldCopies } from './held';
import { startDescribe, startDiff } from './thread';

type SnapshotSpec = Extract<DiffSideSpec, { kind: 'snapshot' }>;

export { diffSides, type DiffFilter } from './compute';
export { diffDocument } from './document';
export { endOfDay, localDay, rolledBack, sideOf, type SideState } from './sides';
export { discardHeld, readSnapshotTables, runDiff, type DiffJob, type DiffSideSpec, type HeldSnapshot } from './job';
export { diffOffThread } from './thread';

/** A side as the caller gives it: the registry now, a day of it, or a snapshot read and verified before. */
export type ResolvedSide =
  | { kind: 'now' }
  | { kind: 'date'; date: string }
  | { kind: 'snapshot'; snapshot: Pick<Snapshot, 'exportedAt' | 'content'>; fileName: string };

/**
 * The diff of two sides, in this thread; the earlier one is taken as "from" whichever order they come
 * in. Two snapshots need no registry (`db` null). The registry is read once: its tables, and for a
 * day the person and group events after it. (The window's and the command line's diffs name files
 * instead, and run as one job: job.ts, thread.ts.)
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
    return (content ??= registryTables(db, earliestDayEnd([a, b])));
  };
  const stateOf = (side: ResolvedSide) =>
    side.kind === 'snapshot' ? snapshotSideState(side.snapshot, side.fileName) : registrySide(side, registry, clock);
  return diffLabelled(stateOf(a), stateOf(b), filter);
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

/** A snapshot chosen as a side: where it is (or the bytes the window sent), verified when chosen. */
interface Chosen {
  side: SnapshotSpec;
  organisation: string;
  exportedAt: string;
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
    const copies = new HeldCopies();
    // The snapshot being checked or the diff being run, one at a time (the page shows how far it
    // is, and may stop it); a new one stops the last.
    const running = jobSlot<'choose' | 'run'>();
    const now = () => app.clock.now().toISOString();
    // A snapshot this installation signed is checked the fast way (its key says which); read, never
    // made here: an installation without a key has signed nothing.
    const own = () => existingInstallationKey(app.folders.root)?.publicKey ?? null;
    // Verified on the diff's thread when chosen (a damaged file is refused at once, dates after
    // today too). A file in the app's form leaves its verified copy (held.ts), whose tables the diff
    // reads; any other is verified again when the diff runs. The main process holds only where the
    // file is (the bytes the window sent, when there is no copy).
    const keep = async (side: SnapshotSpec): Promise<DiffSnapshotChoice> => {
      const { organisation, exportedAt, held } = await running.run(
        'choose',
        startDescribe(side, { now: now(), own: own(), keep: true }),
      );
      const spec: SnapshotSpec = held ? { ...side, held, bytes: undefined } : side;
      const entry: Chosen = { side: spec, organisation, exportedAt };
      const token = chosen.put(entry);
      if (held) {
        copies.keep(
          token,
          held,
          (other) => chosen.get(other) !== undefined,
          (other) => {
            const stale = chosen.get(other);
            if (stale) stale.side = { ...stale.side, held: undefined };
          },
        );
      }
      return {
        token,
        fileName: side.fileName,
        organisation,
        exportedAt,
        day: localDay(exportedAt),
      };
    };
    const specOf = (side: DiffSide): DiffSideSpec => {
      if (side.kind !== 'snapshot') return side;
      const entry = chosen.get(side.token);
      // Expired, or sent by the window with neither its copy nor its bytes left: chosen again.
      if (!entry || (!entry.side.held && !entry.side.path && !entry.side.bytes)) {
        throw new LedgerError('diff_snapshot_gone');
      }
      return entry.side;
    };
    const run = (input: DiffRequest) => {
      requireOrganisation(app.db);
      const job = startDiff({
        dbPath: app.db.location() || null,
        from: specOf(input.from),
        to: specOf(input.to),
        filter: { groupId: input.groupId, unitId: input.unitId },
        now: now(),
        own: own(),
      });
      return running.run('run', job);
    };
    return {
      'diff.chooseSnapshot': async () => {
        const path = await app.dialogs.chooseSnapshotOpenFile();
        return path ? keep({ kind: 'snapshot', fileName: basename(path), path }) : null;
      },
      'diff.uploadSnapshot': (input) => {
        const bytes = Buffer.from(input.data, 'base64');
        if (bytes.length > MAX_SNAPSHOT_UPLOAD_BYTES) {
          const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
          throw new LedgerError('snapshot_too_large', { size: mb(bytes.length), max: mb(MAX_SNAPSHOT_UPLOAD_BYTES) });
        }
        return keep({ kind: 'snapshot', fileName: plainFileName(input.fileName), bytes: new Uint8Array(bytes) });
      },
      'diff.run': (input) => run(input),
      'diff.progress': () => running.progress(),
      'diff.cancel': () => running.cancel(),
      'diff.export': async ({ format, ...request }) => {
        const report = await run(request);
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
