/** Capability A's directory: units, tiers and people, and the import of a staff list. */
import { defineCapability } from '../../kernel/capability';
import { deleteTier, deleteUnit, reorderTiers, saveTier, saveUnit } from './commands';
import { savePerson } from './people';
import {
  commitImport,
  guessMapping,
  headerSignature,
  previewImport,
  type ParsedPeopleFile,
} from './import/peopleImport';
import { startPeopleParse } from './import/parseOffThread';
import { jobSlot } from '../../core/workerJob';
import { LedgerError } from '../../../shared/errors';
import { isRegistryEmpty } from '../../kernel/records';
import { takeBackup } from '../backups';
import { getPerson, listPeople, listPositions, listTiersCounted, listUnits, namesOf } from './queries';
import { peopleHoldingPosition } from '../../kernel/charter';
import { peopleWindow } from './peopleWindow';

export { getPerson, listPeople, listTiers, listUnits, namesOf } from './queries';
export {
  createTierBelowLowest,
  createTopUnit,
  createUnitBelow,
  deleteTier,
  deleteUnit,
  newId,
  reorderTiers,
  saveTier,
  saveUnit,
} from './commands';
export { handleKey, isValidPhone, nameKey, phoneDigits, savePerson } from './people';
export {
  commitImport,
  guessMapping,
  headerSignature,
  parsePeopleFile,
  previewImport,
  type ParsedPeopleFile,
} from './import/peopleImport';

export const directoryCapability = defineCapability({
  name: 'directory',
  handlers: (app) => {
    const files = app.pending<ParsedPeopleFile>('people-file');
    // The file being read, one at a time (the window shows how far it is, and may stop it).
    const reading = jobSlot<'read'>();
    const peopleFile = (token: string): ParsedPeopleFile => {
      const file = files.get(token);
      if (!file) throw new LedgerError('import_expired');
      return file;
    };
    return {
      'units.list': () => listUnits(app.db),
      'units.save': (input) => saveUnit(app.service(), input),
      'units.delete': (input) => deleteUnit(app.service(), input.id),
      'tiers.list': () => listTiersCounted(app.db),
      'tiers.save': (input) => saveTier(app.service(), input),
      'tiers.reorder': (input) => reorderTiers(app.service(), input.ids),
      'tiers.delete': (input) => deleteTier(app.service(), input.id),
      'people.list': (input) => listPeople(app.db, input.query),
      'people.window': (input) => peopleWindow(app.db, input),
      'people.get': (input) => getPerson(app.db, input.id),
      'directory.names': (input) => namesOf(app.db, input.ids),
      'directory.positions': () => listPositions(app.db),
      'people.holdingPost': (input) => peopleHoldingPosition(app.db, input.post),
      'people.save': (input) => savePerson(app.service(), input),
      'people.importParse': async (input) => {
        const file = await reading.run('read', startPeopleParse(input.fileName, Buffer.from(input.data, 'base64')));
        const token = files.put(file);
        const remembered = app.preferences.importMapping(headerSignature(file.headers));
        return {
          token,
          fileName: file.fileName,
          format: file.format,
          encoding: file.encoding,
          headers: file.headers,
          rowCount: file.rows.length,
          sample: file.rows.slice(0, 5),
          mapping: remembered ?? guessMapping(file.headers, file.rows),
          remembered: remembered !== null,
        };
      },
      'people.importProgress': () => {
        const now = reading.progress();
        return now ? { fraction: now.fraction } : null;
      },
      'people.importCancel': () => reading.cancel(),
      'people.importPreview': (input) =>
        previewImport(app.db, app.clock, peopleFile(input.token), input.mapping, input.token),
      'people.importCommit': async (input) => {
        const file = peopleFile(input.token);
        // A verified backup of the registry as it was, when it holds anything and the file would go
        // in (commitImport checks it again, inside its transaction).
        const checked = previewImport(app.db, app.clock, file, input.mapping, input.token);
        if (checked.counts.withErrors === 0 && !isRegistryEmpty(app.db)) {
          await takeBackup(app.db, app.dataDir, app.clock, 'before-import', app.preferences.backupRetention());
        }
        const result = commitImport(app.service(), file, input.mapping, input.acceptSameName);
        files.delete(input.token);
        app.preferences.rememberImportMapping(headerSignature(file.headers), input.mapping);
        return result;
      },
    };
  },
});
