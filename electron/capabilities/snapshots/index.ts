/**
 * Snapshots: the whole registry exported to a verified file, and restored — into an empty
 * registry, over the current one after a verified copy of it is kept, or into a new data folder
 * that the app then runs on.
 */
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_SNAPSHOT_UPLOAD_BYTES, type DataFolder, type SnapshotPreview } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import type { Snapshot } from '../../../shared/snapshot';
import { openDatabase } from '../../db/database';
import { createLedgerFolder, nextLedgerFolder } from '../../core/ledgerFolders';
import { registryPath } from '../../core/paths';
import { defineCapability, type HandlerContext } from '../../kernel/capability';
import { today, type Clock } from '../../kernel/context';
import { getOrganisation, isRegistryEmpty } from '../../kernel/records';
import { countsOf, exportSnapshot, registryCounts } from './snapshot';
import { importSnapshot, parseSnapshotBytes, readSnapshotFile } from './restore';
import { refuseFutureDates } from './dates';
import { backupsDir } from './registryCopy';
import { restoreSnapshot } from './replace';
import { installationKey } from '../../core/signingKey';
import { snapshotSignatureState } from './signature';

export {
  buildSnapshot,
  canonicalContentPieces,
  canonicalContentText,
  contentChecksum,
  countsOf,
  exportSnapshot,
  readContent,
  registryCounts,
} from './snapshot';
export { importSnapshot, parseSnapshot, parseSnapshotBytes, readSnapshotFile, validateContent } from './restore';
export { firstFutureDate, latestDay, refuseFutureDates } from './dates';
export { BACKUPS_DIR, backupsDir, keepRegistryCopy, verifyCopy, type KeptCopy } from './registryCopy';
export { replaceWithSnapshot, restoreSnapshot, type ImportMeta } from './replace';
export { signSnapshot, signatureMember, snapshotSignatureState } from './signature';

interface Verified {
  snapshot: Snapshot;
  fileName: string;
}

export const snapshotsCapability = defineCapability({
  name: 'snapshots',
  handlers: (app) => {
    const verified = app.pending<Verified>('snapshot');
    const take = (token: string): Verified => {
      const pending = verified.get(token);
      if (!pending) throw new LedgerError('snapshot_cancelled');
      return pending;
    };
    // Every way a snapshot comes in (a chosen file, an upload) is checked for dates after today first.
    const show = (entry: Verified) => {
      refuseFutureDates(entry.snapshot, app.clock);
      return preview(app, verified.put(entry), entry);
    };
    const meta = (fileName: string) => ({ actor: app.service().actor, fileName, at: app.clock.now().toISOString() });
    return {
      'snapshot.export': async () => {
        const org = getOrganisation(app.db);
        if (!org) throw new LedgerError('no_organisation');
        const path = await app.dialogs.chooseSnapshotSaveFile(defaultSnapshotName(org.name, app.clock));
        return path ? exportSnapshot(app.db, app.clock, path, installationKey(app.folders.root)) : null;
      },
      'snapshot.inspect': async () => {
        const path = await app.dialogs.chooseSnapshotOpenFile();
        if (!path) return null;
        return show({ snapshot: readSnapshotFile(path), fileName: basename(path) });
      },
      'snapshot.upload': (input) => {
        const bytes = Buffer.from(input.data, 'base64');
        if (bytes.length > MAX_SNAPSHOT_UPLOAD_BYTES) {
          throw new LedgerError('snapshot_too_large', {
            size: megabytes(bytes.length),
            max: megabytes(MAX_SNAPSHOT_UPLOAD_BYTES),
          });
        }
        const fileName = plainFileName(input.fileName);
        return show({ snapshot: parseSnapshotBytes(bytes), fileName });
      },
      'snapshot.import': async (input) => {
        const pending = take(input.token);
        if (!input.replace && !isRegistryEmpty(app.db)) throw new LedgerError('registry_not_empty');
        const result = await restoreSnapshot(app.db, app.dataDir, app.clock, pending.snapshot, meta(pending.fileName));
        verified.delete(input.token);
        return result;
      },
      'snapshot.openInNewFolder': (input) => {
        const pending = take(input.token);
        const organisation = pending.snapshot.content.organisation.name;
        const folder = createLedgerFolder(app.folders.root, organisation, today(app.clock));
        try {
          const db = openDatabase(registryPath(folder));
          try {
            importSnapshot(db, pending.snapshot, meta(pending.fileName));
          } finally {
            db.close();
          }
        } catch (error) {
          // The folder was made a moment ago and holds only what this import wrote.
          rmSync(folder, { recursive: true, force: true });
          throw error;
        }
        verified.delete(input.token);
        app.folders.switchTo(folder, { keepSettings: true });
        return { dataDir: folder, organisation, counts: countsOf(pending.snapshot.content) };
      },
      'snapshot.folders': () => dataFolders(app),
      'snapshot.openFolder': (input) => {
        // Only a folder the app made or started on: the window never names an arbitrary path.
        if (!app.folders.known().includes(input.dataDir)) {
          throw new LedgerError('no_registry', { dataDir: input.dataDir });
        }
        if (input.dataDir !== app.dataDir) app.folders.switchTo(input.dataDir);
        return null;
      },
    };
  },
});

/** What the verified snapshot holds, what it would replace, and where each choice writes. */
function preview(app: HandlerContext, token: string, { snapshot, fileName }: Verified): SnapshotPreview {
  const organisation = snapshot.content.organisation.name;
  return {
    token,
    fileName,
    exportedAt: snapshot.exportedAt,
    organisation,
    counts: countsOf(snapshot.content),
    registryEmpty: isRegistryEmpty(app.db),
    current: {
      organisation: getOrganisation(app.db)?.name ?? null,
      counts: registryCounts(app.db),
      dataDir: app.dataDir,
    },
    backupsDir: backupsDir(app.dataDir),
    newFolder: nextLedgerFolder(app.folders.root, organisation, today(app.clock)),
    signature: snapshotSignatureState(snapshot, installationKey(app.folders.root)),
  };
}

/** Each known data folder with the organisation its registry holds. */
function dataFolders(app: HandlerContext): DataFolder[] {
  return app.folders.known().map((dataDir) => {
    if (dataDir === app.dataDir) return { dataDir, organisation: getOrganisation(app.db)?.name ?? null, current: true };
    let organisation: string | null = null;
    try {
      const db = openDatabase(registryPath(dataDir));
      try {
        organisation = getOrganisation(db)?.name ?? null;
      } finally {
        db.close();
      }
    } catch {
      // A folder that cannot be read now is still listed; opening it says why.
    }
    return { dataDir, organisation, current: false };
  });
}

/** The name as the admin knows it: no folders, no control characters. */
function plainFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return plain || 'snapshot.json';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function defaultSnapshotName(orgName: string, clock: Clock): string {
  const stamp = clock.now().toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const safe = orgName.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `${safe}-${stamp}.groupledger.json`;
}
