/** Snapshots: the whole registry exported to a verified file, and restored into an empty one. */
import { basename } from 'node:path';
import type { SnapshotPreview } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import type { Snapshot } from '../../../shared/snapshot';
import { defineCapability } from '../../kernel/capability';
import type { Clock } from '../../kernel/context';
import { getOrganisation, isRegistryEmpty } from '../../kernel/records';
import { countsOf, exportSnapshot } from './snapshot';
import { importSnapshot, readSnapshotFile } from './restore';
import { refuseFutureDates } from './dates';

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
export { importSnapshot, parseSnapshot, readSnapshotFile, validateContent } from './restore';
export { firstFutureDate, latestDay, refuseFutureDates } from './dates';

export const snapshotsCapability = defineCapability({
  name: 'snapshots',
  handlers: (app) => {
    const verified = app.pending<{ snapshot: Snapshot; fileName: string }>('snapshot');
    return {
      'snapshot.export': async () => {
        const org = getOrganisation(app.db);
        if (!org) throw new LedgerError('no_organisation');
        const path = await app.dialogs.chooseSnapshotSaveFile(defaultSnapshotName(org.name, app.clock));
        return path ? exportSnapshot(app.db, app.clock, path) : null;
      },
      'snapshot.inspect': async () => {
        const path = await app.dialogs.chooseSnapshotOpenFile();
        if (!path) return null;
        const snapshot = readSnapshotFile(path);
        refuseFutureDates(snapshot, app.clock);
        const token = verified.put({ snapshot, fileName: basename(path) });
        const preview: SnapshotPreview = {
          token,
          fileName: basename(path),
          exportedAt: snapshot.exportedAt,
          organisation: snapshot.content.organisation.name,
          counts: countsOf(snapshot.content),
          registryEmpty: isRegistryEmpty(app.db),
        };
        return preview;
      },
      'snapshot.import': (input) => {
        const pending = verified.get(input.token);
        if (!pending) throw new LedgerError('snapshot_cancelled');
        if (input.replace && !isRegistryEmpty(app.db)) throw new LedgerError('registry_not_empty');
        verified.delete(input.token);
        return importSnapshot(app.db, pending.snapshot, {
          actor: app.service().actor,
          fileName: pending.fileName,
          at: app.clock.now().toISOString(),
        });
      },
    };
  },
});

function defaultSnapshotName(orgName: string, clock: Clock): string {
  const stamp = clock.now().toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const safe = orgName.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `${safe}-${stamp}.groupledger.json`;
}
