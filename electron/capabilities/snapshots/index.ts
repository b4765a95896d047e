/**
 * Snapshots: the whole registry exported to a verified file, and restored — into an empty
 * registry, over the current one after a verified copy of it is kept, or into a new data folder
 * that the app then runs on.
 */
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_SNAPSHOT_UPLOAD_BYTES, type DataFolder, type SnapshotPreview } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { openDatabase } from '../../db/database';
import { createLedgerFolder, nextLedgerFolder } from '../../core/ledgerFolders';
import { registryPath } from '../../core/paths';
import { defineCapability, type HandlerContext } from '../../kernel/capability';
import { today, type Clock } from '../../kernel/context';
import { getOrganisation, isRegistryEmpty } from '../../kernel/records';
import { registryCounts } from './snapshot';
import { backupsDir } from './registryCopy';
import { checkNewPassword } from './encryption';
import { SnapshotRunner, type VerifiedHandle } from './runner';
import type { VerifyJob } from './jobs';
import { existingInstallationKey, installationKey } from '../../core/signingKey';
import { writeAnchor } from '../../kernel/anchor';
import { chainHead } from '../../kernel/events';
import { snapshotSignatureState } from './signature';

export {
  buildSnapshot,
  canonicalContentChunks,
  canonicalContentPieces,
  canonicalContentText,
  contentChecksum,
  countsOf,
  exportSnapshot,
  readContent,
  readTables,
  registryCounts,
} from './snapshot';
export {
  importSnapshot,
  parseSnapshot,
  parseSnapshotBytes,
  plainSnapshotBytes,
  readSnapshotFile,
  validateContent,
  type ReadOptions,
} from './restore';
export {
  ENCRYPTED_MAGIC,
  MIN_PASSWORD_LENGTH,
  checkNewPassword,
  decryptSnapshotBytes,
  encryptSnapshotBytes,
  isEncryptedSnapshot,
  readEncryptionHeader,
} from './encryption';
export { SNAPSHOT_LIMITS, checkJsonShape, type SnapshotLimits } from './limits';
export { SnapshotRunner } from './runner';
export { doctorOffThread, doctorOn } from './doctorThread';
export type { ExportOptions } from './snapshot';
export type { Progress, SnapshotPhase } from './progress';
export { firstFutureDate, latestDay, refuseFutureDates } from './dates';
export { firstBadText, refuseBadTexts, type BadText } from './texts';
export { EventsHelper, HELP_FROM } from './eventsHelper';
export { EventCheckHelper, CHECK_FROM_BYTES } from './eventCheckHelper';
export { checkEvents, type EventsVerdict } from './eventChecks';
export {
  BACKUPS_DIR,
  backupsDir,
  keepRegistryCopy,
  keepRegistryCopySync,
  manifestPath,
  verifyCopy,
  type CopyContents,
  type KeptCopy,
} from './registryCopy';
export { replaceWithSnapshot, restoreContainer, restoreSnapshot, type ImportMeta } from './replace';
export { dropVerified, runVerify, type SnapshotForm, type VerifiedFile } from './jobs';
export {
  CONTAINER_VERSION,
  exportContainer,
  isContainer,
  openContainer,
  discardContainer,
  type OpenedContainer,
} from './container';
export { signSnapshot, signatureMember, snapshotSignatureState } from './signature';

interface Verified {
  handle: VerifiedHandle;
  fileName: string;
}

/** A file chosen in the host's dialog that turned out to need a password: read again with one. */
interface ChosenFile {
  path: string;
}

export const snapshotsCapability = defineCapability({
  name: 'snapshots',
  handlers: (app) => {
    const verified = app.pending<Verified>('snapshot');
    const chosen = app.pending<ChosenFile>('snapshot-file');
    const runner = new SnapshotRunner();
    // One verified snapshot is held at a time (it may be 150 MB parsed): a new one frees the last.
    let current: { token: string; entry: Verified } | null = null;
    const release = () => {
      if (!current) return;
      current.entry.handle.dispose();
      verified.delete(current.token);
      current = null;
    };
    const take = (token: string): Verified => {
      const pending = verified.get(token);
      if (!pending) throw new LedgerError('snapshot_cancelled');
      return pending;
    };
    const now = () => app.clock.now().toISOString();
    // Every way a snapshot comes in (a chosen file, an upload) is verified in the worker, where
    // dates after today are refused too; a file that needs a password says which file it was.
    const verify = async (job: Omit<VerifyJob, 'op' | 'now'>, fileName: string, file?: string) => {
      release();
      let handle: VerifiedHandle;
      try {
        // A file this installation signed is copied in as a backup is (container.ts): its key says which.
        // (Read, never made here: an installation without a key has signed nothing.)
        const own = existingInstallationKey(app.folders.root)?.publicKey ?? null;
        handle = await runner.verify({ op: 'verify', now: now(), own, ...job });
      } catch (error) {
        if (
          file &&
          error instanceof LedgerError &&
          (error.code === 'snapshot_password_required' || error.code === 'snapshot_wrong_password')
        ) {
          // The next try's worker loads while the password is typed.
          runner.prepare();
          throw new LedgerError(error.code, { ...error.params, file, fileName });
        }
        throw error;
      }
      const entry = { handle, fileName };
      const token = verified.put(entry);
      current = { token, entry };
      return preview(app, token, entry);
    };
    const meta = (fileName: string) => ({ actor: app.service().actor, fileName, at: now() });
    const finish = (token: string) => {
      if (current?.token === token) release();
      verified.delete(token);
    };
    return {
      'snapshot.export': async (input) => {
        const org = getOrganisation(app.db);
        if (!org) throw new LedgerError('no_organisation');
        // A weak password is refused before the save dialog opens.
        if (input?.password !== undefined) checkNewPassword(input.password);
        // The export's worker loads while the dialog is up.
        runner.prepare();
        const path = await app.dialogs.chooseSnapshotSaveFile(
          defaultSnapshotName(org.name, app.clock, input?.password !== undefined, input?.form ?? 'sqlite'),
        );
        if (!path) return null;
        // The installation's key, made here the first time (the worker only reads it), signs the snapshot.
        installationKey(app.folders.root);
        return runner.export({
          op: 'export',
          dbPath: registryPath(app.dataDir),
          path,
          password: input?.password,
          compress: input?.compress,
          form: input?.form ?? 'sqlite',
          signingRoot: app.folders.root,
          now: now(),
        });
      },
      'snapshot.inspect': async (input) => {
        let path: string | null;
        let file = input?.file;
        if (file) {
          path = chosen.get(file)?.path ?? null;
          if (!path) throw new LedgerError('snapshot_cancelled');
        } else {
          // The verification's worker loads while the dialog is up.
          runner.prepare();
          path = await app.dialogs.chooseSnapshotOpenFile();
          if (!path) return null;
          file = chosen.put({ path });
        }
        const result = await verify({ path, password: input?.password }, basename(path), file);
        chosen.delete(file);
        return result;
      },
      'snapshot.upload': async (input) => {
        const bytes = Buffer.from(input.data, 'base64');
        if (bytes.length > MAX_SNAPSHOT_UPLOAD_BYTES) {
          throw new LedgerError('snapshot_too_large', {
            size: megabytes(bytes.length),
            max: megabytes(MAX_SNAPSHOT_UPLOAD_BYTES),
          });
        }
        const fileName = plainFileName(input.fileName);
        return verify({ bytes, password: input.password }, fileName);
      },
      'snapshot.import': async (input) => {
        const pending = take(input.token);
        if (!input.replace && !isRegistryEmpty(app.db)) throw new LedgerError('registry_not_empty');
        const result = await pending.handle.import({
          op: 'import',
          dbPath: registryPath(app.dataDir),
          dataDir: app.dataDir,
          mode: input.replace ? 'restore' : 'empty',
          meta: meta(pending.fileName),
          now: now(),
        });
        // The worker wrote the history through its own connection: the anchor (kept by this
        // connection's commits) follows the replaced history now, or the next open would refuse it.
        writeAnchor(app.dataDir, chainHead(app.db));
        finish(input.token);
        return result;
      },
      'snapshot.openInNewFolder': async (input) => {
        const pending = take(input.token);
        const organisation = pending.handle.summary.organisation;
        const folder = createLedgerFolder(app.folders.root, organisation, today(app.clock));
        let counts;
        try {
          ({ counts } = await pending.handle.import({
            op: 'import',
            dbPath: registryPath(folder),
            dataDir: folder,
            mode: 'empty',
            meta: meta(pending.fileName),
            now: now(),
          }));
        } catch (error) {
          // The folder was made a moment ago and holds only what this import wrote.
          rmSync(folder, { recursive: true, force: true });
          throw error;
        }
        finish(input.token);
        app.folders.switchTo(folder, { keepSettings: true });
        return { dataDir: folder, organisation, counts };
      },
      'snapshot.progress': () => runner.progress(),
      'snapshot.cancel': () => ({ cancelled: runner.cancel() }),
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
function preview(app: HandlerContext, token: string, { handle, fileName }: Verified): SnapshotPreview {
  const { organisation, exportedAt, counts, encrypted } = handle.summary;
  return {
    token,
    fileName,
    exportedAt,
    organisation,
    counts,
    encrypted,
    registryEmpty: isRegistryEmpty(app.db),
    current: {
      organisation: getOrganisation(app.db)?.name ?? null,
      counts: registryCounts(app.db),
      dataDir: app.dataDir,
    },
    backupsDir: backupsDir(app.dataDir),
    newFolder: nextLedgerFolder(app.folders.root, organisation, today(app.clock)),
    signature: snapshotSignatureState(handle.summary, installationKey(app.folders.root)),
  };
}

/** Each known data folder with the organisation its registry holds. */
function dataFolders(app: HandlerContext): DataFolder[] {
  return app.folders.known().map((dataDir) => {
    if (dataDir === app.dataDir) return { dataDir, organisation: getOrganisation(app.db)?.name ?? null, current: true };
    let organisation: string | null = null;
    try {
      // Read-only: listing a folder never migrates, repairs or resets its registry (it may be damaged).
      const db = openDatabase(registryPath(dataDir), { readOnly: true });
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

/** "<organisation>-<UTC minute>.groupledger" (the SQLite form), ".groupledger.json", or ".groupledger.enc" when encrypted. */
function defaultSnapshotName(orgName: string, clock: Clock, encrypted: boolean, form: 'sqlite' | 'json'): string {
  const stamp = clock.now().toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const safe = orgName.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `${safe}-${stamp}.groupledger${encrypted ? '.enc' : form === 'json' ? '.json' : ''}`;
}
